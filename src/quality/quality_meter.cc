#include "quality/quality_meter.h"

#include <algorithm>

namespace galley::quality {

namespace {

using frames::PageFrame;
using frames::TextLineItem;

Problem LineProblem(ProblemKind kind, const PageFrame& page, const TextLineItem& line) {
  Problem problem;
  problem.kind = kind;
  problem.page = page.number;
  problem.page_label = page.label.text;
  problem.source_line = line.source.begin.line;
  problem.paragraph = line.paragraph;
  problem.text = line.text;
  problem.ratio = line.ratio;
  return problem;
}

void CountLine(const TextLineItem& line, int hyphen_run, QualityCounts* counts) {
  ++counts->lines;
  if (line.hyphenated) ++counts->hyphenated;
  counts->longest_hyphen_run = std::max(counts->longest_hyphen_run, hyphen_run);
  if (line.justified) {
    bool first = counts->justified == 0;
    counts->ratio_min = first ? line.ratio : std::min(counts->ratio_min, line.ratio);
    counts->ratio_max = first ? line.ratio : std::max(counts->ratio_max, line.ratio);
    counts->ratio_sum += line.ratio;
    ++counts->justified;
  }
  if (line.overfull) ++counts->overfull;
  if (line.underfull) ++counts->underfull;
}

// How many lines of `lines[i]`'s paragraph stand together on the page, from i on (step +1) or
// back from i (step -1).
int LinesTogether(const std::vector<const TextLineItem*>& lines, size_t i, int step) {
  int count = 0;
  for (long j = static_cast<long>(i); j >= 0 && j < static_cast<long>(lines.size()); j += step) {
    if (lines[j]->paragraph != lines[i]->paragraph) break;
    ++count;
  }
  return count;
}

}  // namespace

QualityMeter::QualityMeter(const frames::DocumentFrames& frames)
    : pages_(LimitsOf(frames), &page_problems_) {
  report_.title = frames.title;
  report_.limits = LimitsOf(frames);
  report_.total.page_label = "total";
}

void QualityMeter::Report(ProblemKind kind, const PageFrame& page, const TextLineItem& line,
                          int QualityCounts::*field) {
  if (field != nullptr) {
    ++(report_.pages.back().*field);  // the page's counts: made for its first line
    ++(report_.total.*field);
  }
  report_.problems.push_back(LineProblem(kind, page, line));
}

// A run of hyphenated lines that has just ended, reported at its first line when it is longer
// than the template allows.
void QualityMeter::EndHyphenRun() {
  int limit = report_.limits.max_hyphen_run;
  if (limit > 0 && hyphen_run_ > limit) {
    run_start_.amount = hyphen_run_;
    report_.problems.push_back(run_start_);
  }
  hyphen_run_ = 0;
}

void QualityMeter::Add(const PageFrame& page) {
  pages_.Add(page);
  lines_.clear();
  for (const frames::FrameItem& item : page.items) {
    if (item.kind == frames::FrameItem::Kind::kText && IsBodyText(item.text.role)) {
      lines_.push_back(&item.text);
    }
  }
  if (lines_.empty()) return;
  report_.pages.push_back(QualityCounts{page.label.text});
  const QualityLimits& limits = report_.limits;
  for (size_t i = 0; i < lines_.size(); ++i) {
    const TextLineItem& line = *lines_[i];
    if (line.hyphenated) {
      if (++hyphen_run_ == 1) run_start_ = LineProblem(ProblemKind::kHyphenRun, page, line);
    } else {
      EndHyphenRun();
    }
    CountLine(line, hyphen_run_, &report_.pages.back());
    CountLine(line, hyphen_run_, &report_.total);

    // A paragraph's last lines at the page's head, fewer than the template allows.
    if (i == 0 && !line.first) {
      int together = LinesTogether(lines_, i, +1);
      if (lines_[i + together - 1]->last && together < limits.widow_lines) {
        Report(ProblemKind::kWidow, page, line, &QualityCounts::widows);
      }
    }
    // A paragraph's first lines at the page's foot, fewer than the template allows.
    if (i + 1 == lines_.size() && !line.last) {
      int together = LinesTogether(lines_, i, -1);
      const TextLineItem& first = *lines_[i - together + 1];
      if (first.first && together < limits.orphan_lines) {
        Report(ProblemKind::kOrphan, page, first, &QualityCounts::orphans);
      }
    }
    if (line.last && !line.first && line.words <= 1) {
      Report(ProblemKind::kRunt, page, line, &QualityCounts::runts);
    }
    if (line.overfull) Report(ProblemKind::kOverfull, page, line);
    if (line.underfull) Report(ProblemKind::kUnderfull, page, line);
    if (line.justified && !line.underfull && line.ratio > limits.loose_ratio) {
      Report(ProblemKind::kLoose, page, line);
    }
  }
}

QualityReport QualityMeter::Finish() {
  EndHyphenRun();
  pages_.Finish();
  std::vector<Problem>& problems = report_.problems;
  problems.insert(problems.end(), std::make_move_iterator(page_problems_.begin()),
                  std::make_move_iterator(page_problems_.end()));
  page_problems_.clear();
  std::stable_sort(problems.begin(), problems.end(),
                   [](const Problem& a, const Problem& b) { return a.page < b.page; });
  return std::move(report_);
}

}  // namespace galley::quality
