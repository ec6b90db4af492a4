// The typographic quality of a typeset book (`galley pdf --report`), measured from its layout
// record so that it checks what was actually set, not what the page builder meant to do: per
// page and overall, lines, hyphenated lines, the longest run of consecutive hyphenated lines,
// the adjustment ratios of justified lines (min/mean/max), overfull and underfull lines,
// widows (a paragraph's lone last line at a page's head), orphans (its lone first line at a
// page's foot) and runts (a last line of a single word), each problem with page and source line.
#pragma once

#include <string>
#include <vector>

#include "layout/pages/layout_record.h"

namespace galley::layout {

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

struct QualityProblem {
  std::string kind;  // "overfull", "underfull", "widow", "orphan", "runt", "hyphen-run"
  std::string page_label;
  int source_line = 0;
  std::string text;
};

struct QualityReport {
  std::string title;
  std::vector<QualityCounts> pages;  // pages with body text only
  QualityCounts total;
  std::vector<QualityProblem> problems;
};

QualityReport MeasureQuality(const LayoutRecord& record);
std::string FormatQualityReport(const QualityReport& report);

}  // namespace galley::layout
