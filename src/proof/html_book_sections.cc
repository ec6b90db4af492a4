#include "proof/html_book_sections.h"

#include "proof/html_report.h"
#include "proof/paragraph_place.h"

namespace galley::proof {

namespace {

std::string Cell(const std::string& text) { return "<td>" + EscapeHtml(text) + "</td>"; }

void Furniture(const BookDifferences& book, std::string* out) {
  if (book.furniture.empty()) return;
  *out += "<h2 id=\"furniture\">Furniture</h2>\n<table>\n<tr><th>what</th><th>page</th>"
          "<th>entry</th><th>before</th><th>after</th><th>also</th></tr>\n";
  for (const FurnitureChange& change : book.furniture) {
    *out += "<tr>" + Cell(FurnitureName(change.role)) + Cell(change.label) + Cell(change.entry) +
            (change.in_before ? Cell(change.before) : "<td class=\"empty\"></td>") +
            (change.in_after ? Cell(change.after) : "<td class=\"empty\"></td>") +
            Cell(change.detail) + "</tr>\n";
  }
  *out += "</table>\n";
}

std::string Spans(const std::vector<StyledSpan>& spans) {
  std::string out;
  for (const StyledSpan& span : spans) {
    out += (out.empty() ? "" : ", ") + span.style + " \"" + span.text + "\"";
  }
  return out;
}

void Styles(const Comparison& c, std::string* out) {
  const BookDifferences& book = *c.book;
  if (book.styles.empty()) return;
  *out += "<h2 id=\"style\">Style</h2>\n<table>\n<tr><th>paragraph</th><th>now</th>"
          "<th>no longer</th></tr>\n";
  for (const StyleChange& style : book.styles) {
    *out += "<tr>" + Cell(ParagraphPlace(c, c.paragraphs[style.change])) +
            Cell(Spans(style.now)) + Cell(Spans(style.no_longer)) + "</tr>\n";
  }
  *out += "</table>\n";
}

void Template(const BookDifferences& book, std::string* out) {
  if (book.settings.empty()) return;
  *out += "<h2 id=\"template\">Template keys that differ</h2>\n<table>\n<tr><th>key</th>"
          "<th>before</th><th>after</th></tr>\n";
  for (const SettingChange& setting : book.settings) {
    *out += "<tr>" + Cell(setting.key) +
            Cell(setting.in_before ? setting.before : "(not a key)") +
            Cell(setting.in_after ? setting.after : "(not a key)") + "</tr>\n";
  }
  *out += "</table>\n";
}

void Quality(const BookDifferences& book, std::string* out) {
  const quality::QualityCounts& a = book.quality.before;
  const quality::QualityCounts& b = book.quality.after;
  *out += "<h2 id=\"quality-library\">Quality</h2>\n<table>\n<tr><th></th><th>lines</th>"
          "<th>hyphenated</th><th>longest hyphen run</th><th>overfull</th><th>underfull</th>"
          "<th>widows</th><th>orphans</th><th>runts</th></tr>\n";
  for (const auto* counts : {&a, &b}) {
    *out += std::string("<tr><th>") + (counts == &a ? "before" : "after") + "</th>";
    for (int value : {counts->lines, counts->hyphenated, counts->longest_hyphen_run,
                      counts->overfull, counts->underfull, counts->widows, counts->orphans,
                      counts->runts}) {
      *out += "<td class=\"num\">" + std::to_string(value) + "</td>";
    }
    *out += "</tr>\n";
  }
  *out += "</table>\n";
  if (book.quality.problems.empty()) return;
  *out += "<table>\n<tr><th></th><th>problem</th><th>page</th><th>line</th><th>text</th></tr>\n";
  for (const QualityDeltaEntry& entry : book.quality.problems) {
    const quality::Problem& problem = entry.problem;
    std::string kind = quality::ToString(problem.kind);
    if (problem.amount > 0) kind += " (" + std::to_string(problem.amount) + " lines)";
    *out += std::string("<tr><td class=\"") +
            (entry.introduced ? "introduced\">new" : "gone\">gone") + "</td>" + Cell(kind) +
            Cell(problem.page_label) + "<td class=\"num\">" +
            std::to_string(problem.source_line) + "</td>" + Cell(problem.text) + "</tr>\n";
  }
  *out += "</table>\n";
}

}  // namespace

void AppendHtmlBookSections(const Comparison& comparison, std::string* out) {
  if (!comparison.book) return;
  Styles(comparison, out);
  Furniture(*comparison.book, out);
  Template(*comparison.book, out);
  Quality(*comparison.book, out);
}

}  // namespace galley::proof
