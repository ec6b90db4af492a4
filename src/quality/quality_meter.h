// Measures a book's quality (quality_report.h) from its pages given one at a time, in page
// order, so that a book whose pages are read back from a spill (frames/page_reader.h) is never
// whole in memory while it is measured: all the meter keeps is the report itself — each page's
// counts, the problems found — and the first line of an unfinished hyphen run.
#pragma once

#include <vector>

#include "frames/page_frame.h"
#include "quality/page_checks.h"
#include "quality/quality_report.h"

namespace galley::quality {

class QualityMeter {
 public:
  // The book's title and its template's limits, from `frames` (its pages are not read).
  explicit QualityMeter(const frames::DocumentFrames& frames);
  QualityMeter(const QualityMeter&) = delete;
  QualityMeter& operator=(const QualityMeter&) = delete;

  // The next page, with its items.
  void Add(const frames::PageFrame& page);

  // The report: problems in page order, a page's line problems before its page problems.
  QualityReport Finish();

 private:
  void Report(ProblemKind kind, const frames::PageFrame& page, const frames::TextLineItem& line,
              int QualityCounts::*field = nullptr);
  void EndHyphenRun();

  QualityReport report_;
  std::vector<Problem> page_problems_;  // PageChecker's, put after the lines' at Finish
  PageChecker pages_;
  int hyphen_run_ = 0;
  Problem run_start_;                   // the first line of the current hyphen run
  std::vector<const frames::TextLineItem*> lines_;  // the body lines of the page being added
};

}  // namespace galley::quality
