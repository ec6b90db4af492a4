#include "proof/html_report.h"

#include <cstdio>

#include "proof/book_summary.h"
#include "proof/html_book_sections.h"
#include "proof/html_spreads.h"
#include "proof/paragraph_place.h"
#include "proof/summary.h"

namespace galley::proof {

namespace {

constexpr const char* kStyle = R"(
body { font: 15px/1.45 Georgia, serif; margin: 2em auto; max-width: 75em; padding: 0 1em; color: #222; }
h1, h2, h3 { font-family: sans-serif; font-weight: 600; }
h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
h3 { font-size: 1em; margin: 1.5em 0 0.3em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
th, td { border: 1px solid #ddd; padding: 0.15em 0.4em; vertical-align: top; text-align: left; }
th { background: #f4f4f4; font-family: sans-serif; font-size: 0.85em; }
td.num, td.page, td.ratio { font-family: monospace; white-space: nowrap; color: #555; width: 1%; }
tr.changed td.text { background: #fff1b8; }
td.empty { background: #f8f8f8; }
td.differs { background: #fff1b8; }
p.words { background: #fafafa; border-left: 3px solid #ccc; padding: 0.3em 0.6em; }
del { background: #ffd4d4; text-decoration: line-through; }
ins { background: #ccf2cc; text-decoration: none; }
.introduced { color: #a00; font-weight: bold; }
.gone { color: #070; }
ul.counts { font-family: sans-serif; }
p.verdict { font: 600 1.1em sans-serif; padding: 0.4em 0.6em; background: #eef3ff; border-left: 4px solid #36c; }
td.text { white-space: nowrap; }
span.line { display: inline-block; white-space: pre; }
span.line.justified { text-align: justify; text-align-last: justify; }
)";

std::string Ratio(double ratio) {
  char text[16];
  std::snprintf(text, sizeof text, "%+.3f", ratio);
  return text;
}

std::string StatusName(ParagraphStatus status) {
  switch (status) {
    case ParagraphStatus::kUnchanged:
      return "unchanged";
    case ParagraphStatus::kMoved:
      return "moved to another page";
    case ParagraphStatus::kRebroken:
      return "re-broken";
    case ParagraphStatus::kTextChanged:
      return "text changed";
    case ParagraphStatus::kAdded:
      return "added";
    case ParagraphStatus::kRemoved:
      return "removed";
    case ParagraphStatus::kReordered:
      return "reordered";
  }
  return "";
}

class HtmlWriter {
 public:
  explicit HtmlWriter(const Comparison& comparison) : c_(comparison) { FindMeasure(); }

  Result<std::string> Write(PageImages* images) {
    std::string title = EscapeHtml(c_.after.title);
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<title>Proof: " + title + "</title>\n<style>" + std::string(kStyle) +
            (c_.book ? kSpreadStyle : "") + "</style>\n";
    out_ += "</head>\n<body>\n<h1>Proof: " + title + "</h1>\n";
    out_ += "<p class=\"verdict\">" + EscapeHtml(Verdict(c_)) + "</p>\n";
    Sources();
    Counts();
    if (images != nullptr) GALLEY_RETURN_IF_ERROR(AppendChangedSpreads(c_, *images, &out_));
    AppendHtmlBookSections(c_, &out_);
    ChangedParagraphs();
    MovedParagraphs();
    Pages();
    Quality();
    Spacing();
    out_ += "</body>\n</html>\n";
    return out_;
  }

 private:
  void Sources() {
    out_ +=
        "<table class=\"sources\">\n<tr><th></th><th>record</th><th>title</th><th>template</th>"
        "<th>pages</th><th>lines</th></tr>\n";
    for (const Record* record : {&c_.before, &c_.after}) {
      out_ += "<tr><th>" + std::string(record == &c_.before ? "before" : "after") + "</th><td>" +
              EscapeHtml(record->path) + "</td><td>" + EscapeHtml(record->title) + "</td><td>" +
              EscapeHtml(record->template_path) + "</td><td class=\"num\">" +
              std::to_string(record->pages) + "</td><td class=\"num\">" +
              std::to_string(record->lines.size()) + "</td></tr>\n";
    }
    out_ += "</table>\n";
  }

  void Counts() {
    if (!c_.Differs()) {
      out_ +=
          "<p><strong>No changes</strong>: every line is set as before, on the same pages.</p>\n";
      return;
    }
    out_ += "<ul class=\"counts\">\n";
    for (ParagraphStatus status :
         {ParagraphStatus::kTextChanged, ParagraphStatus::kAdded, ParagraphStatus::kRemoved,
          ParagraphStatus::kReordered, ParagraphStatus::kRebroken, ParagraphStatus::kMoved,
          ParagraphStatus::kUnchanged}) {
      out_ += "<li>paragraphs " + StatusName(status) + ": " + std::to_string(c_.Count(status)) +
              "</li>\n";
    }
    out_ += "<li>pages that changed: " + std::to_string(c_.pages.size()) + "</li>\n";
    out_ += "<li>quality problems new or gone: " +
            std::to_string(c_.book ? c_.book->quality.problems.size() : c_.quality.size()) +
            "</li>\n";
    out_ += "<li>lines set as before at another ratio: " + std::to_string(c_.ratios.size()) +
            "</li>\n</ul>\n";
  }

  // The paragraphs whose text or breaks changed, or that were added or removed, in order.
  void ChangedParagraphs() {
    out_ += "<h2 id=\"paragraphs\">Changed paragraphs</h2>\n";
    int number = 0;
    for (const ParagraphChange& change : c_.paragraphs) {
      if (change.status == ParagraphStatus::kUnchanged ||
          change.status == ParagraphStatus::kMoved) {
        continue;
      }
      ++number;
      out_ += "<section id=\"change-" + std::to_string(number) + "\">\n<h3>" +
              EscapeHtml(StatusName(change.status) + ": " + ParagraphPlace(c_, change)) + "</h3>\n";
      if (change.status == ParagraphStatus::kTextChanged) WordDiff(change.words);
      LineTable(change);
      out_ += "</section>\n";
    }
    if (number == 0) out_ += "<p>None.</p>\n";
  }

  void WordDiff(const std::vector<WordChange>& words) {
    out_ += "<p class=\"words\">";
    for (size_t i = 0; i < words.size(); ++i) {
      if (i > 0) out_ += ' ';
      std::string word = EscapeHtml(words[i].word);
      switch (words[i].kind) {
        case WordChange::Kind::kSame:
          out_ += word;
          break;
        case WordChange::Kind::kRemoved:
          out_ += "<del>" + word + "</del>";
          break;
        case WordChange::Kind::kAdded:
          out_ += "<ins>" + word + "</ins>";
          break;
      }
    }
    out_ += "</p>\n";
  }

  // Before and after side by side: one row per line, same lines sharing a row.
  void LineTable(const ParagraphChange& change) {
    std::vector<ParagraphChange::LinePair> rows = change.lines;
    if (rows.empty()) {  // added or removed: every line on one side
      const Paragraph& paragraph = ShownParagraph(c_, change);
      for (size_t line = paragraph.first_line; line < paragraph.end_line(); ++line) {
        int index = static_cast<int>(line);
        rows.push_back(change.after >= 0 ? ParagraphChange::LinePair{-1, index}
                                         : ParagraphChange::LinePair{index, -1});
      }
    }
    out_ +=
        "<table class=\"lines\">\n<tr><th>page</th><th>before</th><th>ratio</th>"
        "<th>page</th><th>after</th><th>ratio</th></tr>\n";
    for (const ParagraphChange::LinePair& row : rows) {
      out_ += row.same ? "<tr>" : "<tr class=\"changed\">";
      Cells(c_.before, row.before);
      Cells(c_.after, row.after);
      out_ += "</tr>\n";
    }
    out_ += "</table>\n";
  }

  void Cells(const Record& record, int index) {
    if (index < 0) {
      out_ += "<td class=\"empty\"></td><td class=\"empty\"></td><td class=\"empty\"></td>";
      return;
    }
    const RecordLine& line = record.lines[static_cast<size_t>(index)];
    std::string flags =
        std::string(line.overfull ? " overfull" : "") + (line.underfull ? " underfull" : "");
    out_ += "<td class=\"page\">" + EscapeHtml(line.page) + "</td><td class=\"text\">" +
            MeasuredLine(record, static_cast<size_t>(index)) + "</td><td class=\"ratio\">" +
            Ratio(line.ratio) + flags + "</td>";
  }

  // The book's measure and type size, from its first page of text: lines in the tables are set
  // that wide and never wrap, so line lengths and hyphen ladders show as on the page.
  void FindMeasure() {
    const std::optional<frames::DocumentFrames>& frames =
        c_.after_frames ? c_.after_frames : c_.before_frames;
    if (!frames) return;
    for (const frames::PageFrame& page : frames->pages) {
      for (const frames::FrameItem& item : page.items) {
        if (item.kind != frames::FrameItem::Kind::kText ||
            item.text.role != frames::Role::kBody || item.text.runs.empty()) {
          continue;
        }
        char style[96];
        std::snprintf(style, sizeof style, " style=\"width:%.1fpt;font-size:%.1fpt\"",
                      page.block.width, item.text.runs.front().size);
        measure_style_ = style;
        return;
      }
    }
  }

  // A line as a span of the page's measure, justified unless it ends its paragraph.
  std::string MeasuredLine(const Record& record, size_t index) const {
    const RecordLine& line = record.lines[index];
    bool last = index + 1 == record.lines.size() ||
                record.lines[index + 1].paragraph != line.paragraph ||
                record.lines[index + 1].source_line != line.source_line;
    return std::string("<span class=\"line") + (last ? "" : " justified") + "\"" +
           measure_style_ + ">" + EscapeHtml(line.text) + "</span>";
  }

  void MovedParagraphs() {
    if (c_.Count(ParagraphStatus::kMoved) == 0) return;
    out_ +=
        "<h2 id=\"moved\">Moved to another page</h2>\n<table>\n<tr><th>line</th><th>kind</th>"
        "<th>pages before</th><th>pages after</th><th>begins</th></tr>\n";
    for (const ParagraphChange& change : c_.paragraphs) {
      if (change.status != ParagraphStatus::kMoved) continue;
      const Paragraph& old_paragraph = c_.before_paragraphs[change.before];
      const Paragraph& new_paragraph = c_.after_paragraphs[change.after];
      out_ += "<tr><td class=\"num\">" + std::to_string(new_paragraph.source_line) + "</td><td>" +
              EscapeHtml(new_paragraph.kind) + "</td><td class=\"page\">" +
              EscapeHtml(PagesOfParagraph(c_.before, old_paragraph)) + "</td><td class=\"page\">" +
              EscapeHtml(PagesOfParagraph(c_.after, new_paragraph)) + "</td><td>" +
              EscapeHtml(OpeningWords(new_paragraph)) + "</td></tr>\n";
    }
    out_ += "</table>\n";
  }

  void Pages() {
    if (c_.pages.empty()) return;
    out_ += "<h2 id=\"pages\">Pages</h2>\n<p>" + std::to_string(c_.before.pages) +
            " pages before, " + std::to_string(c_.after.pages) +
            " after.</p>\n<table>\n<tr><th>page</th>"
            "<th>lines before</th><th>lines after</th><th>first line before</th>"
            "<th>first line after</th><th>last line before</th><th>last line after</th></tr>\n";
    for (const PageChange& page : c_.pages) {
      const PageSpan& shown = page.after ? *page.after : *page.before;
      bool count_differs =
          !page.before || !page.after || page.before->line_count != page.after->line_count;
      out_ += "<tr><td class=\"page\">" + EscapeHtml(shown.label) + "</td>";
      out_ += Cell(page.before ? std::to_string(page.before->line_count) : "", count_differs);
      out_ += Cell(page.after ? std::to_string(page.after->line_count) : "", count_differs);
      bool begins = page.begins_differently || !page.before || !page.after;
      bool ends = page.ends_differently || !page.before || !page.after;
      out_ += Cell(LineOf(c_.before, page.before, false), begins);
      out_ += Cell(LineOf(c_.after, page.after, false), begins);
      out_ += Cell(LineOf(c_.before, page.before, true), ends);
      out_ += Cell(LineOf(c_.after, page.after, true), ends);
      out_ += "</tr>\n";
    }
    out_ += "</table>\n";
  }

  static std::string Cell(const std::string& text, bool differs) {
    return std::string(differs ? "<td class=\"differs\">" : "<td>") + EscapeHtml(text) + "</td>";
  }

  static std::string LineOf(const Record& record, const std::optional<PageSpan>& page, bool last) {
    if (!page) return "";
    return record.lines[page->first_line + (last ? page->line_count - 1 : 0)].text;
  }

  void Quality() {
    if (c_.quality.empty()) return;
    out_ +=
        "<h2 id=\"quality\">Quality</h2>\n<table>\n<tr><th></th><th>problem</th><th>page</th>"
        "<th>line</th><th>ratio</th><th>text</th></tr>\n";
    for (const QualityChange& change : c_.quality) {
      const Record& record = change.introduced ? c_.after : c_.before;
      const RecordLine& line = record.lines[change.problem.line];
      std::string kind = change.problem.kind;
      if (change.problem.run > 0) kind += " (" + std::to_string(change.problem.run) + " lines)";
      out_ += std::string("<tr><td class=\"") +
              (change.introduced ? "introduced\">new" : "gone\">gone") + "</td><td>" +
              EscapeHtml(kind) + "</td><td class=\"page\">" + EscapeHtml(line.page) +
              "</td><td class=\"num\">" + std::to_string(line.source_line) +
              "</td><td class=\"ratio\">" + Ratio(line.ratio) + "</td><td>" +
              EscapeHtml(line.text) + "</td></tr>\n";
    }
    out_ += "</table>\n";
  }

  void Spacing() {
    if (c_.ratios.empty()) return;
    out_ +=
        "<h2 id=\"spacing\">Set as before, at another ratio</h2>\n<table>\n<tr><th>page</th>"
        "<th>line</th><th>ratio before</th><th>ratio after</th><th>text</th></tr>\n";
    for (const RatioChange& change : c_.ratios) {
      const RecordLine& old_line = c_.before.lines[change.before_line];
      const RecordLine& new_line = c_.after.lines[change.after_line];
      out_ += "<tr><td class=\"page\">" + EscapeHtml(new_line.page) + "</td><td class=\"num\">" +
              std::to_string(new_line.source_line) + "</td><td class=\"ratio\">" +
              Ratio(old_line.ratio) + "</td><td class=\"ratio\">" + Ratio(new_line.ratio) +
              "</td><td>" + EscapeHtml(new_line.text) + "</td></tr>\n";
    }
    out_ += "</table>\n";
  }

  const Comparison& c_;
  std::string out_;
  std::string measure_style_;  // the style attribute of a measured line; empty without frames
};

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string FormatHtmlReport(const Comparison& comparison) {
  return std::move(HtmlWriter(comparison).Write(nullptr)).value();
}

Result<std::string> FormatHtmlReport(const Comparison& comparison, PageImages& images) {
  return HtmlWriter(comparison).Write(&images);
}

}  // namespace galley::proof
