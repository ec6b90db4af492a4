// What a change did to the book's typographic quality, measured by the one quality library
// (quality/quality_report.h) on each side's frames against each side's own template limits:
// the totals (lines, hyphenated lines, the longest hyphen run, overfull, underfull, widows,
// orphans, runts) before and after, and the problems that are new or gone. A problem is the
// same on both sides when its kind, its amount and its line's text are, wherever it moved.
#pragma once

#include <vector>

#include "frames/page_frame.h"
#include "quality/quality_report.h"

namespace galley::proof {

struct QualityDeltaEntry {
  bool introduced = false;  // new after the change; else gone
  quality::Problem problem;
};

struct QualityDelta {
  quality::QualityCounts before, after;     // the books' totals
  std::vector<QualityDeltaEntry> problems;  // new ones first, then the ones that went

  int Introduced() const;
  // Whether any total or problem differs.
  bool Differs() const;
};

QualityDelta CompareQualityOf(const frames::DocumentFrames& before,
                              const frames::DocumentFrames& after);

}  // namespace galley::proof
