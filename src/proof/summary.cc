#include "proof/summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "proof/book_summary.h"
#include "proof/excerpts.h"

namespace galley::proof {

namespace {

constexpr size_t kWordDiffContext = 3;
constexpr size_t kSpacingListLimit = 10;

std::string Plural(size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

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
    Pages();
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

  // Whether entry `index` of a section of `total` is listed; past the limit, the first entry
  // left out notes how many more there are.
  bool Entry(size_t index, size_t total) {
    if (index < kSummaryListLimit) return true;
    if (index == kSummaryListLimit) {
      out_ += "  … and " + std::to_string(total - kSummaryListLimit) +
              " more (the HTML report, --html FILE, lists them all)\n";
    }
    return false;
  }

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

  void Pages() {
    if (c_.pages.empty()) return;
    Section("pages");
    size_t index = 0;
    size_t entries = 0;
    for (size_t i = 0; i < c_.pages.size(); i = NextEntry(i)) ++entries;
    for (size_t i = 0; i < c_.pages.size(); i = NextEntry(i)) {
      const PageChange& page = c_.pages[i];
      if (!Entry(index++, entries)) continue;
      if (page.shift_only) {
        Shift(page, c_.pages[NextEntry(i) - 1]);
      } else if (!page.before) {
        const PageSpan& span = *page.after;
        out_ += "  page " + span.label + ", " + Plural(span.line_count, "line", "lines") +
                ", newly filled (was blank or absent): begins " +
                Quoted(OpeningOf(Text(c_.after, span.first_line))) + "\n";
      } else if (!page.after) {
        const PageSpan& span = *page.before;
        out_ += "  page " + span.label + ", emptied (had " +
                Plural(span.line_count, "line", "lines") + ", now blank or absent): began " +
                Quoted(OpeningOf(Text(c_.before, span.first_line))) + "\n";
      } else {
        ChangedPage(page);
      }
    }
  }

  // The index after the entry at `i`: one page, or a run of pages that only shifted, by the
  // same amount, one after another.
  size_t NextEntry(size_t i) const {
    const PageChange& page = c_.pages[i];
    size_t next = i + 1;
    if (!page.shift_only) return next;
    while (next < c_.pages.size() && c_.pages[next].shift_only &&
           c_.pages[next].shift == page.shift &&
           c_.pages[next].after->label != c_.pages[next - 1].after->label) {
      ++next;
    }
    return next;
  }

  // "pages 13–20 shift by 2 lines: each begins 2 lines earlier in the text".
  void Shift(const PageChange& first, const PageChange& last) {
    const std::string& from = first.after->label;
    const std::string& to = last.after->label;
    size_t lines = static_cast<size_t>(first.shift < 0 ? -first.shift : first.shift);
    out_ += "  " + std::string(from == to ? "page " + from : "pages " + from + "–" + to) +
            (from == to ? " shifts by " : " shift by ") + Plural(lines, "line", "lines") + ": " +
            (from == to ? "it begins " : "each begins ") + Plural(lines, "line", "lines") +
            (first.shift < 0 ? " earlier" : " later") + " in the text\n";
  }

  void ChangedPage(const PageChange& page) {
    const PageSpan& old_page = *page.before;
    const PageSpan& new_page = *page.after;
    out_ += "  page " + new_page.label + ", ";
    if (old_page.line_count != new_page.line_count)
      out_ += std::to_string(old_page.line_count) + " → ";
    out_ += Plural(new_page.line_count, "line", "lines") + "\n";
    std::string now, was;
    if (page.begins_differently) {
      ContrastOpenings(Text(c_.after, new_page.first_line), Text(c_.before, old_page.first_line),
                       &now, &was);
      out_ += "    now begins " + Quoted(now) + ", was " + Quoted(was) + "\n";
    }
    if (page.ends_differently) {
      ContrastClosings(Text(c_.after, new_page.first_line + new_page.line_count - 1),
                       Text(c_.before, old_page.first_line + old_page.line_count - 1), &now, &was);
      out_ += "    now ends " + Quoted(now) + ", was " + Quoted(was) + "\n";
    }
  }

  static const std::string& Text(const Record& record, size_t line) {
    return record.lines[line].text;
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

std::string PagesOfParagraph(const Record& record, const Paragraph& paragraph) {
  const std::string& first = record.lines[paragraph.first_line].page;
  const std::string& last = record.lines[paragraph.end_line() - 1].page;
  return first == last ? first : first + "–" + last;
}

const Paragraph& ShownParagraph(const Comparison& comparison, const ParagraphChange& change) {
  return change.after >= 0 ? comparison.after_paragraphs[change.after]
                           : comparison.before_paragraphs[change.before];
}

std::string ParagraphPlace(const Comparison& comparison, const ParagraphChange& change) {
  const Paragraph& shown = ShownParagraph(comparison, change);
  std::string place = "line " + std::to_string(shown.source_line) + " " + shown.kind;
  if (change.before >= 0 && change.after >= 0) {
    const Paragraph& old_paragraph = comparison.before_paragraphs[change.before];
    if (old_paragraph.source_line != shown.source_line) {
      place += " (was " + std::to_string(old_paragraph.source_line) + ")";
    }
    std::string old_pages = PagesOfParagraph(comparison.before, old_paragraph);
    std::string new_pages = PagesOfParagraph(comparison.after, shown);
    place += ", page " + (old_pages == new_pages ? new_pages : old_pages + " → " + new_pages);
  } else {
    const Record& record = change.after >= 0 ? comparison.after : comparison.before;
    place += ", page " + PagesOfParagraph(record, shown);
  }
  return place;
}

std::string FormatWordChanges(const std::vector<WordChange>& words, size_t context) {
  // keep[i]: the word is shown; unchanged words are shown within `context` of a change.
  constexpr size_t kFar = std::numeric_limits<size_t>::max();
  auto distance_after = [](size_t distance, const WordChange& word) -> size_t {
    if (word.kind != WordChange::Kind::kSame) return 0;
    return distance == kFar ? kFar : distance + 1;
  };
  std::vector<bool> keep(words.size(), false);
  size_t distance = kFar;
  for (size_t i = 0; i < words.size(); ++i) {
    distance = distance_after(distance, words[i]);
    keep[i] = distance <= context;
  }
  distance = kFar;
  for (size_t i = words.size(); i-- > 0;) {
    distance = distance_after(distance, words[i]);
    keep[i] = keep[i] || distance <= context;
  }
  std::string out;
  auto separate = [&] {
    if (!out.empty()) out += ' ';
  };
  for (size_t i = 0; i < words.size();) {
    WordChange::Kind kind = words[i].kind;
    if (kind == WordChange::Kind::kSame && !keep[i]) {
      separate();
      out += "…";
      while (i < words.size() && words[i].kind == WordChange::Kind::kSame && !keep[i]) ++i;
      continue;
    }
    separate();
    if (kind == WordChange::Kind::kSame) {
      out += words[i++].word;
      continue;
    }
    out += kind == WordChange::Kind::kRemoved ? "[-" : "{+";
    for (bool first = true; i < words.size() && words[i].kind == kind; first = false) {
      if (!first) out += ' ';
      out += words[i++].word;
    }
    out += kind == WordChange::Kind::kRemoved ? "-]" : "+}";
  }
  return out;
}

std::string FormatSummary(const Comparison& comparison) {
  return SummaryWriter(comparison).Write();
}

}  // namespace galley::proof
