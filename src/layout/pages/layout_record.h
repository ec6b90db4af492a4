// The layout record: every typeset line of a book with its page, source line, adjustment
// ratio and text (docs/layout-record.md). It is what the quality report is computed from and
// what the golden layout test compares, so a change in line breaking shows as a reviewable
// text diff.
#pragma once

#include <string>
#include <vector>

namespace galley::layout {

struct RecordLine {
  int page = 0;            // physical page, 1-based
  std::string page_label;  // the folio
  int source_line = 0;     // manuscript line; 0 for text the book makes (contents, title page)
  std::string kind;        // "p" body text, "h1".."h6" heading, "q" quotation or list, "x" other
  int paragraph = 0;       // serial number of the paragraph the line belongs to
  bool first = false;      // the paragraph's first line
  bool last = false;       // the paragraph's last line
  bool justified = false;  // set to the full measure (its ratio is meaningful)
  double ratio = 0;
  bool hyphenated = false, overfull = false, underfull = false;
  int words = 0;
  std::string text;
};

struct LayoutRecord {
  std::string title;
  std::string template_path;
  int pages = 0;
  std::vector<RecordLine> lines;
};

// The record as text, one line per typeset line (docs/layout-record.md).
std::string FormatLayoutRecord(const LayoutRecord& record);

}  // namespace galley::layout
