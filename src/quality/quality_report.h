// The typographic quality of a typeset book, measured from its frames — what was actually set,
// not what the page builder meant to do — against its template's limits (quality_limits.h).
// One library for `galley pdf --report` and for `galley proof`'s quality deltas.
//
// Lines: overfull and underfull (the line setter's flags), loose (a justified line set beyond
// its full stretch), hyphen runs longer than linebreak.max-consecutive-hyphens, runts (a last
// line of one word). Pages: widows and orphans (fewer lines of a paragraph at a page's head or
// foot than pages.widow-lines and pages.orphan-lines), short pages and spreads (a page of a
// division, not its last, whose text stops above the block's last line: both pages of a
// spread short alike, or facing pages of different depth), a page that ends on a hyphen, and
// stubs (a division's last page with fewer than pages.stub-lines lines).
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "frames/page_frame.h"
#include "quality/quality_limits.h"

namespace galley::quality {

enum class ProblemKind {
  kOverfull,
  kUnderfull,
  kLoose,
  kHyphenRun,
  kRunt,
  kWidow,
  kOrphan,
  kShortPage,
  kShortSpread,
  kUnevenSpread,
  kPageEndHyphen,
  kStubPage,
};
const char* ToString(ProblemKind kind);  // "overfull", "hyphen-run", "short-spread", …

struct Problem {
  ProblemKind kind = ProblemKind::kOverfull;
  int page = 0;            // physical page, 1-based (a spread's left page)
  std::string page_label;  // as printed ("12", a spread "12–13")
  int source_line = 0;     // manuscript line of the line concerned; 0 for a page problem
  int paragraph = 0;
  std::string text;        // the line concerned (a run's first line, a page's last line)
  int amount = 0;          // a hyphen run's length; lines a page or spread is short by
  double ratio = 0;        // kLoose, kUnderfull
};

struct QualityCounts {
  std::string page_label;  // "total" for the book
  int lines = 0;
  int hyphenated = 0;
  int longest_hyphen_run = 0;
  int justified = 0;
  double ratio_min = 0, ratio_max = 0, ratio_sum = 0;
  int overfull = 0, underfull = 0, widows = 0, orphans = 0, runts = 0;

  double ratio_mean() const { return justified > 0 ? ratio_sum / justified : 0; }
};

struct QualityReport {
  std::string title;
  QualityLimits limits;
  std::vector<QualityCounts> pages;  // pages with body text only
  QualityCounts total;
  std::vector<Problem> problems;     // in page order
};

// The report of frames whose pages hold their items (not spilled): what proof measures.
QualityReport MeasureQuality(const frames::DocumentFrames& frames);

// The report of any frames, a spilled book's (DocumentFrames::spill) read back one page at a
// time (frames/page_reader.h), so that measuring it takes no more memory than drawing it.
// Errors: the spill's (frames/page_spill.h).
Result<QualityReport> MeasureQualityPageByPage(const frames::DocumentFrames& frames);

// The report as `galley pdf --report` prints it: a table of counts per page and overall, then
// every problem with its page and manuscript line.
std::string FormatQualityReport(const QualityReport& report);

}  // namespace galley::quality
