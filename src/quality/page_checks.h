// The quality checks of whole pages (quality_report.h): short pages and spreads, pages that end
// on a hyphen, and stubs. A page's depth is its lowest line of the text flow, in grid lines of
// its text block.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "frames/page_frame.h"
#include "quality/quality_report.h"

namespace galley::quality {

// Takes a book's pages one at a time, in page order, and appends their problems in page order.
// A verso is compared with the recto after it, so each page is checked when the next one comes
// (or at Finish); only what the checks need of it is kept, not its items.
class PageChecker {
 public:
  PageChecker(const QualityLimits& limits, std::vector<Problem>* problems)
      : limits_(limits), problems_(problems) {}

  void Add(const frames::PageFrame& page);
  void Finish();

 private:
  // What the checks need of a page once its items are gone.
  struct Summary {
    explicit Summary(const frames::PageFrame& page);
    Problem ProblemOf(ProblemKind kind, int amount) const;

    int number = 0;
    std::string label;
    bool text = false;  // a page of running text (PageKind::kText)
    bool opening = false, closing = false;
    bool should_be_full = false;
    int body_lines = 0;
    int lines_short = 0;
    bool has_last_line = false;  // a body line, described by the four below
    bool last_line_hyphenated = false;
    std::string last_line_text;
    int last_line_source = 0, last_line_paragraph = 0;
  };

  void Check(const Summary& page, const Summary* next);

  QualityLimits limits_;
  std::vector<Problem>* problems_;
  std::optional<Summary> waiting_;  // the page before the one being added
  bool waiting_in_spread_ = false;  // it is the recto of a spread already checked
};

// Lines the quality checks count: body text, quotations and notes (not headings or furniture).
bool IsBodyText(frames::Role role);

// The lines of flow text a page falls short of a full text block by (0 for a full page, and
// for a page without flow text).
int LinesShort(const frames::PageFrame& page);

}  // namespace galley::quality
