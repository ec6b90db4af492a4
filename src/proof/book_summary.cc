#include "proof/book_summary.h"

#include <cstdio>
#include <map>

#include "proof/paragraph_place.h"
#include "proof/summary_wording.h"

namespace galley::proof {

namespace {

// Furniture names in the plural, for counts.
std::string Many(frames::Role role) {
  std::string name = FurnitureName(role);
  if (role == frames::Role::kTitlePage) return "title page lines";
  if (role == frames::Role::kImprint) return "imprint lines";
  if (role == frames::Role::kColophon) return "colophon lines";
  return name + "s";
}

std::string One(frames::Role role) {
  if (role == frames::Role::kTitlePage) return "title page line";
  if (role == frames::Role::kImprint) return "imprint line";
  if (role == frames::Role::kColophon) return "colophon line";
  return FurnitureName(role);
}

std::string FurnitureCounts(const BookDifferences& book) {
  std::map<frames::Role, size_t> counts;
  for (const FurnitureChange& change : book.furniture) ++counts[change.role];
  std::string out;
  for (const auto& [role, count] : counts) {
    out += (out.empty() ? "" : ", ") + Plural(count, One(role), Many(role));
  }
  return out;
}

std::string FurnitureEntry(const FurnitureChange& change) {
  std::string out = "  " + FurnitureName(change.role) + ", page " + change.label;
  if (!change.entry.empty()) out += ", " + Quoted(change.entry);
  out += ": ";
  if (!change.in_before) return out + "new " + Quoted(change.after);
  if (!change.in_after) return out + "gone, was " + Quoted(change.before);
  if (change.before == change.after) return out + Quoted(change.after) + " " + change.detail;
  return out + Quoted(change.before) + " → " + Quoted(change.after);
}

std::string SpanList(const std::vector<StyledSpan>& spans) {
  std::string out;
  for (const StyledSpan& span : spans) {
    out += (out.empty() ? "" : ", ") + span.style + " " + Quoted(span.text);
  }
  return out;
}

void AppendStyles(const Comparison& c, std::string* out) {
  const BookDifferences& book = *c.book;
  if (book.styles.empty()) return;
  *out += "\nstyle\n";
  size_t index = 0;
  for (const StyleChange& style : book.styles) {
    if (!Listed(index++, book.styles.size(), out)) continue;
    *out += "  " + ParagraphPlace(c, c.paragraphs[style.change]);
    if (!style.now.empty()) *out += ", now " + SpanList(style.now);
    if (!style.no_longer.empty()) *out += ", no longer " + SpanList(style.no_longer);
    *out += "\n";
  }
}

void AppendFurniture(const BookDifferences& book, std::string* out) {
  if (book.furniture.empty()) return;
  *out += "\nfurniture\n";
  size_t index = 0;
  for (const FurnitureChange& change : book.furniture) {
    if (Listed(index++, book.furniture.size(), out)) *out += FurnitureEntry(change) + "\n";
  }
}

void AppendTemplate(const BookDifferences& book, std::string* out) {
  if (book.settings.empty()) return;
  *out += "\ntemplate\n";
  for (const SettingChange& setting : book.settings) {
    *out += "  " + setting.key + ": " +
            (setting.in_before ? Quoted(setting.before) : std::string("(not a key)")) + " → " +
            (setting.in_after ? Quoted(setting.after) : std::string("(not a key)")) + "\n";
  }
}

void AppendQuality(const BookDifferences& book, std::string* out) {
  if (book.quality.problems.empty()) return;
  *out += "\nquality\n";
  size_t index = 0;
  for (const QualityDeltaEntry& entry : book.quality.problems) {
    if (!Listed(index++, book.quality.problems.size(), out)) continue;
    const quality::Problem& problem = entry.problem;
    char head[64];
    std::snprintf(head, sizeof head, "  %-5s %-15s ", entry.introduced ? "new" : "gone",
                  quality::ToString(problem.kind));
    *out += head;
    *out += "page " + problem.page_label;
    if (problem.source_line > 0) *out += ", line " + std::to_string(problem.source_line);
    if (problem.amount > 0) *out += ", " + Plural(problem.amount, "line", "lines");
    *out += ": " + Quoted(problem.text) + "\n";
  }
}

std::string Totals(const quality::QualityCounts& before, const quality::QualityCounts& after,
                   int quality::QualityCounts::*field, const char* name) {
  int a = before.*field, b = after.*field;
  return a == b ? "" : std::string(name) + " " + std::to_string(a) + " → " + std::to_string(b);
}

}  // namespace

void AppendBookCounts(const Comparison& c, std::string* out) {
  if (!c.book) return;
  const BookDifferences& book = *c.book;
  *out += "signatures   " + std::to_string(c.before.pages) + " pages: " +
          SignatureFit(c.before.pages) + "\n";
  if (c.after.pages != c.before.pages) {
    *out += "          →  " + std::to_string(c.after.pages) + " pages: " +
            SignatureFit(c.after.pages) + "\n";
  }
  *out += "printed      " + std::to_string(book.printed_pages.size()) + " of " +
          std::to_string(std::max(c.before.pages, c.after.pages)) +
          " pages print differently\n";
  std::string furniture = FurnitureCounts(book);
  *out += "furniture    " + (furniture.empty() ? "unchanged" : furniture + " changed") + "\n";
  *out += "style        " + Plural(book.styles.size(), "paragraph", "paragraphs") +
          " with words in another style\n";
  *out += "template     " + Plural(book.settings.size(), "key differs", "keys differ") + "\n";
  const quality::QualityCounts& a = book.quality.before;
  const quality::QualityCounts& b = book.quality.after;
  std::string totals;
  for (std::string part :
       {Totals(a, b, &quality::QualityCounts::hyphenated, "hyphenated lines"),
        Totals(a, b, &quality::QualityCounts::longest_hyphen_run, "longest hyphen run"),
        Totals(a, b, &quality::QualityCounts::overfull, "overfull"),
        Totals(a, b, &quality::QualityCounts::underfull, "underfull"),
        Totals(a, b, &quality::QualityCounts::widows, "widows"),
        Totals(a, b, &quality::QualityCounts::orphans, "orphans"),
        Totals(a, b, &quality::QualityCounts::runts, "runts")}) {
    if (!part.empty()) totals += (totals.empty() ? "" : ", ") + part;
  }
  size_t introduced = static_cast<size_t>(book.quality.Introduced());
  *out += "quality      " + Plural(introduced, "new problem", "new problems") + ", " +
          std::to_string(book.quality.problems.size() - introduced) + " gone" +
          (totals.empty() ? "" : "; " + totals) + "\n";
}

void AppendBookSections(const Comparison& c, std::string* out) {
  if (!c.book) return;
  AppendStyles(c, out);
  AppendFurniture(*c.book, out);
  AppendTemplate(*c.book, out);
  AppendQuality(*c.book, out);
}

std::string Verdict(const Comparison& c) {
  if (!c.Differs()) {
    return "no changes: every line is set as before, on the same pages.";
  }
  ChangeList changed;
  changed.Add(c.Count(ParagraphStatus::kTextChanged), "paragraph's text", "paragraphs' text");
  changed.Add(c.Count(ParagraphStatus::kAdded), "paragraph added", "paragraphs added");
  changed.Add(c.Count(ParagraphStatus::kRemoved), "paragraph removed", "paragraphs removed");
  changed.Add(c.Count(ParagraphStatus::kReordered), "paragraph reordered", "paragraphs reordered");
  changed.Add(c.Count(ParagraphStatus::kRebroken), "paragraph re-broken", "paragraphs re-broken");
  if (c.book) {
    changed.Add(c.book->styles.size(), "style change", "style changes");
    changed.Add(c.book->furniture.size(), "furniture change", "furniture changes");
    changed.Add(c.book->printed_pages.size(), "page printed differently",
                "pages printed differently");
    changed.Add(static_cast<size_t>(c.book->quality.Introduced()), "new problem", "new problems");
  } else {
    changed.Add(c.pages.size(), "page changed", "pages changed");
  }
  if (c.before.pages != c.after.pages) {
    changed.Add("pages " + std::to_string(c.before.pages) + " → " +
                std::to_string(c.after.pages));
  }
  if (changed.empty()) changed.Add("lines set at another ratio");
  return changed.Sentence();
}

}  // namespace galley::proof
