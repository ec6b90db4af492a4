#include "proof/summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "proof/book_summary.h"
#include "proof/excerpts.h"
#include "proof/page_summary.h"
#include "proof/paragraph_place.h"
#include "proof/summary_wording.h"
#include "proof/word_diff.h"

namespace galley::proof {

namespace {

constexpr size_t kWordDiffContext = 3;
constexpr size_t kSpacingListLimit = 10;

// A source line of at most 80 characters, "…" for the rest (OCR lines are whole paragraphs),
// its tabs (corrections.tsv columns) shown as " | ".
std::string Shortened(const std::string& text) {
  size_t count = 0, at = 0;
  for (; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80 && ++count > 80) break;
  }
  std::string out = at < text.size() ? text.substr(0, at) + "…" : text;
  for (size_t tab; (tab = out.find('\t')) != std::string::npos;) out.replace(tab, 1, " | ");
  return out;
}

std::string FormatRatio(double ratio) {
  char text[16];
  std::snprintf(text, sizeof text, "%+.3f", ratio);
  return text;
}

// "1" or "2–4" of 1-based positions.
std::string Range(size_t first, size_t last) {
  return first == last ? std::to_string(first) : std::to_string(first) + "–" + std::to_string(last);
}

class SummaryWriter {
 public:
  explicit SummaryWriter(const Comparison& comparison) : c_(comparison) {}

  std::string Write() {
    Header();
    Counts();
    if (!c_.Differs()) {
      AppendBookSections(c_, &out_);  // template keys that differ without printing differently
      out_ += "\n" + Verdict(c_) + "\n";
      return out_;
    }
    Paragraphs(ParagraphStatus::kTextChanged, "text changed");
    Paragraphs(ParagraphStatus::kAdded, "added");
    Paragraphs(ParagraphStatus::kRemoved, "removed");
    Paragraphs(ParagraphStatus::kReordered, "reordered (moved elsewhere in the text)");
    Paragraphs(ParagraphStatus::kRebroken, "re-broken");
    Paragraphs(ParagraphStatus::kMoved, "moved to another page");
    AppendPageChanges(c_, &out_);
    Quality();
    AppendBookSections(c_, &out_);
    Spacing();
    out_ += "\n" + Verdict(c_) + "\n";
    return out_;
  }

 private:
  void Header() {
    out_ += "galley proof: " + c_.before.title;
    if (c_.after.title != c_.before.title) out_ += " → " + c_.after.title;
    out_ += "\n";
    out_ += "before: " + Source(c_.before) + "\n";
    out_ += "after:  " + Source(c_.after) + "\n\n";
  }

  static std::string Source(const Record& record) {
    return record.path + " (" + Plural(record.pages, "page", "pages") + ", template " +
           record.template_path + ")";
  }

  void Counts() {
    out_ += "pages        " + std::to_string(c_.before.pages);
    out_ += c_.after.pages == c_.before.pages ? " (same)\n"
                                              : " → " + std::to_string(c_.after.pages) + "\n";
    out_ += "paragraphs   " + std::to_string(c_.Count(ParagraphStatus::kTextChanged)) +
            " text changed, " + std::to_string(c_.Count(ParagraphStatus::kAdded)) + " added, " +
            std::to_string(c_.Count(ParagraphStatus::kRemoved)) + " removed, " +
            std::to_string(c_.Count(ParagraphStatus::kReordered)) + " reordered, " +
            std::to_string(c_.Count(ParagraphStatus::kRebroken)) + " re-broken, " +
            std::to_string(c_.Count(ParagraphStatus::kMoved)) + " moved to another page, " +
            std::to_string(c_.Count(ParagraphStatus::kUnchanged)) + " unchanged\n";
    size_t added = 0, gone = 0;
    for (const PageChange& page : c_.pages) {
      added += page.before ? 0 : 1;
      gone += page.after ? 0 : 1;
    }
    out_ += "page breaks  " + Plural(c_.pages.size() - added - gone, "page", "pages") +
            " changed, " + std::to_string(added) + " newly filled, " + std::to_string(gone) +
            " emptied\n";
    if (!c_.book) {
      size_t introduced = 0;
      for (const QualityChange& change : c_.quality) introduced += change.introduced ? 1 : 0;
      out_ += "quality      " + Plural(introduced, "new problem", "new problems") + ", " +
              std::to_string(c_.quality.size() - introduced) + " gone\n";
    }
    out_ += "spacing      " + Plural(c_.ratios.size(), "line", "lines") +
            " set as before at another ratio\n";
    AppendBookCounts(c_, &out_);
  }

  bool Entry(size_t index, size_t total) { return Listed(index, total, &out_); }

  void Section(const char* title) { out_ += std::string("\n") + title + "\n"; }

  void Paragraphs(ParagraphStatus status, const char* title) {
    size_t total = static_cast<size_t>(c_.Count(status));
    if (total == 0) return;
    Section(title);
    size_t index = 0;
    for (const ParagraphChange& change : c_.paragraphs) {
      if (change.status != status || !Entry(index++, total)) continue;
      out_ += "  " + Place(change) + LineCounts(change) + ChangedLines(change) + ": " +
              Quoted(OpeningWords(Shown(change))) + "\n";
      if (status == ParagraphStatus::kTextChanged) {
        out_ += "    " + FormatWordChanges(change.words, kWordDiffContext) + "\n";
      }
      if (status == ParagraphStatus::kRebroken) out_ += Breaks(change);
      for (const SourceLine& line : change.behind) {
        out_ += "    behind it: " + line.path + ":" + std::to_string(line.line) + ": " +
                Quoted(Shortened(line.text)) + "\n";
      }
    }
  }

  const Paragraph& Shown(const ParagraphChange& change) const { return ShownParagraph(c_, change); }

  std::string Place(const ParagraphChange& change) const { return ParagraphPlace(c_, change); }

  std::string LineCounts(const ParagraphChange& change) const {
    if (change.status == ParagraphStatus::kMoved) return "";
    if (change.before < 0 || change.after < 0) {
      return ", " + Plural(Shown(change).line_count, "line", "lines");
    }
    size_t old_count = c_.before_paragraphs[change.before].line_count;
    size_t new_count = c_.after_paragraphs[change.after].line_count;
    if (old_count == new_count) return ", " + Plural(new_count, "line", "lines");
    return ", " + std::to_string(old_count) + " → " + Plural(new_count, "line", "lines");
  }

  std::string Breaks(const ParagraphChange& change) const {
    if (change.breaks_gone.empty() && change.breaks_new.empty()) return "";
    return "    " +
           FormatBreakChanges(c_.before_paragraphs[change.before], change.breaks_gone,
                              c_.after_paragraphs[change.after], change.breaks_new) +
           "\n";
  }

  // ", lines 2–4 changed": the lines of the paragraph (after, else before) that differ.
  std::string ChangedLines(const ParagraphChange& change) const {
    size_t lowest = std::numeric_limits<size_t>::max(), highest = 0;
    bool before_side = true;  // only lines before changed (some were taken out)
    for (const ParagraphChange::LinePair& row : change.lines) {
      if (row.after >= 0 && !row.same) before_side = false;
    }
    for (const ParagraphChange::LinePair& row : change.lines) {
      if (row.same) continue;
      int line = before_side ? row.before : row.after;
      if (line < 0) continue;
      const Paragraph& paragraph =
          before_side ? c_.before_paragraphs[change.before] : c_.after_paragraphs[change.after];
      size_t position = static_cast<size_t>(line) - paragraph.first_line + 1;
      lowest = std::min(lowest, position);
      highest = std::max(highest, position);
    }
    if (highest == 0) return "";
    return std::string(lowest == highest ? ", line " : ", lines ") + Range(lowest, highest) +
           (before_side ? " of before" : "") + " changed";
  }

  void Quality() {
    if (c_.quality.empty()) return;
    Section("quality");
    size_t index = 0;
    for (const QualityChange& change : c_.quality) {
      if (!Entry(index++, c_.quality.size())) continue;
      const Record& record = change.introduced ? c_.after : c_.before;
      const QualityProblem& problem = change.problem;
      const RecordLine& line = record.lines[problem.line];
      char head[64];
      std::snprintf(head, sizeof head, "  %-5s %-10s ", change.introduced ? "new" : "gone",
                    problem.kind.c_str());
      out_ += head;
      out_ += "page " + line.page + ", line " + std::to_string(line.source_line);
      if (problem.kind == "loose" || problem.kind == "tight")
        out_ += ", ratio " + FormatRatio(line.ratio);
      if (problem.kind == "hyphen-run") out_ += ", " + Plural(problem.run, "line", "lines");
      out_ += ": " + Quoted(line.text) + "\n";
    }
  }

  // The largest changes first: a template's spacing change moves hundreds of ratios a little;
  // the editor wants the few lines it moved a lot.
  void Spacing() {
    if (c_.ratios.empty()) return;
    Section("spacing");
    std::vector<const RatioChange*> largest;
    for (const RatioChange& change : c_.ratios) largest.push_back(&change);
    auto size = [&](const RatioChange* change) {
      return std::fabs(c_.after.lines[change->after_line].ratio -
                       c_.before.lines[change->before_line].ratio);
    };
    std::stable_sort(largest.begin(), largest.end(),
                     [&](const RatioChange* a, const RatioChange* b) { return size(a) > size(b); });
    if (largest.size() > kSpacingListLimit) {
      out_ += "  the " + std::to_string(kSpacingListLimit) + " largest changes of " +
              std::to_string(largest.size()) + " (the HTML report lists them all):\n";
      largest.resize(kSpacingListLimit);
    }
    for (const RatioChange* change : largest) {
      const RecordLine& old_line = c_.before.lines[change->before_line];
      const RecordLine& new_line = c_.after.lines[change->after_line];
      out_ += "  page " + new_line.page + ", line " + std::to_string(new_line.source_line) + ", " +
              FormatRatio(old_line.ratio) + " → " + FormatRatio(new_line.ratio) + ": " +
              Quoted(OpeningOf(new_line.text)) + "\n";
    }
  }

  const Comparison& c_;
  std::string out_;
};

}  // namespace

std::string FormatSummary(const Comparison& comparison) {
  return SummaryWriter(comparison).Write();
}

}  // namespace galley::proof
