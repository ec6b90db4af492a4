#include "quality/quality_report.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "quality/page_checks.h"

namespace galley::quality {

namespace {

using frames::FrameItem;
using frames::PageFrame;
using frames::Role;
using frames::TextLineItem;

// A line of body text and the page it is on.
struct PlacedLine {
  const TextLineItem* line;
  const PageFrame* page;
};

std::vector<PlacedLine> BodyLines(const frames::DocumentFrames& frames) {
  std::vector<PlacedLine> lines;
  for (const PageFrame& page : frames.pages) {
    for (const FrameItem& item : page.items) {
      if (item.kind != FrameItem::Kind::kText) continue;
      Role role = item.text.role;
      if (role == Role::kBody || role == Role::kQuote || role == Role::kNote) {
        lines.push_back({&item.text, &page});
      }
    }
  }
  return lines;
}

Problem LineProblem(ProblemKind kind, const PlacedLine& placed) {
  Problem problem;
  problem.kind = kind;
  problem.page = placed.page->number;
  problem.page_label = placed.page->label.text;
  problem.source_line = placed.line->source.begin.line;
  problem.paragraph = placed.line->paragraph;
  problem.text = placed.line->text;
  problem.ratio = placed.line->ratio;
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

// How many lines of `lines[i]`'s paragraph stand together on its page, from i on (step +1) or
// back from i (step -1).
int LinesTogether(const std::vector<PlacedLine>& lines, size_t i, int step) {
  int count = 0;
  for (long j = static_cast<long>(i); j >= 0 && j < static_cast<long>(lines.size()); j += step) {
    if (lines[j].page != lines[i].page || lines[j].line->paragraph != lines[i].line->paragraph) {
      break;
    }
    ++count;
  }
  return count;
}

class Measurer {
 public:
  Measurer(const frames::DocumentFrames& frames, QualityReport* report)
      : lines_(BodyLines(frames)), report_(report) {}

  void Run();

 private:
  void Problem(ProblemKind kind, size_t i, int QualityCounts::*field = nullptr);
  QualityCounts& PageCounts(const PageFrame& page);
  void EndHyphenRun(size_t end);

  std::vector<PlacedLine> lines_;
  QualityReport* report_;
  std::map<int, size_t> page_index_;  // physical page → index in report_->pages
  int hyphen_run_ = 0;
};

QualityCounts& Measurer::PageCounts(const PageFrame& page) {
  auto [it, added] = page_index_.emplace(page.number, report_->pages.size());
  if (added) report_->pages.push_back(QualityCounts{page.label.text});
  return report_->pages[it->second];
}

void Measurer::Problem(ProblemKind kind, size_t i, int QualityCounts::*field) {
  if (field != nullptr) {
    ++(PageCounts(*lines_[i].page).*field);
    ++(report_->total.*field);
  }
  report_->problems.push_back(LineProblem(kind, lines_[i]));
}

// A run of hyphenated lines that ended before line `end`, reported at its first line when it
// is longer than the template allows.
void Measurer::EndHyphenRun(size_t end) {
  int limit = report_->limits.max_hyphen_run;
  if (limit > 0 && hyphen_run_ > limit) {
    Problem(ProblemKind::kHyphenRun, end - hyphen_run_);
    report_->problems.back().amount = hyphen_run_;
  }
}

void Measurer::Run() {
  const QualityLimits& limits = report_->limits;
  for (size_t i = 0; i < lines_.size(); ++i) {
    const TextLineItem& line = *lines_[i].line;
    if (line.hyphenated) {
      ++hyphen_run_;
    } else {
      EndHyphenRun(i);
      hyphen_run_ = 0;
    }
    CountLine(line, hyphen_run_, &PageCounts(*lines_[i].page));
    CountLine(line, hyphen_run_, &report_->total);

    bool first_on_page = i == 0 || lines_[i - 1].page != lines_[i].page;
    bool last_on_page = i + 1 == lines_.size() || lines_[i + 1].page != lines_[i].page;
    // A paragraph's last lines at a page's head, fewer than the template allows.
    if (first_on_page && !line.first) {
      int together = LinesTogether(lines_, i, +1);
      if (lines_[i + together - 1].line->last && together < limits.widow_lines) {
        Problem(ProblemKind::kWidow, i, &QualityCounts::widows);
      }
    }
    // A paragraph's first lines at a page's foot, fewer than the template allows.
    if (last_on_page && !line.last) {
      int together = LinesTogether(lines_, i, -1);
      if (lines_[i - together + 1].line->first && together < limits.orphan_lines) {
        Problem(ProblemKind::kOrphan, i - together + 1, &QualityCounts::orphans);
      }
    }
    if (line.last && !line.first && line.words <= 1) {
      Problem(ProblemKind::kRunt, i, &QualityCounts::runts);
    }
    if (line.overfull) Problem(ProblemKind::kOverfull, i);
    if (line.underfull) Problem(ProblemKind::kUnderfull, i);
    if (line.justified && !line.underfull && line.ratio > limits.loose_ratio) {
      Problem(ProblemKind::kLoose, i);
    }
  }
  EndHyphenRun(lines_.size());
}

}  // namespace

const char* ToString(ProblemKind kind) {
  switch (kind) {
    case ProblemKind::kOverfull: return "overfull";
    case ProblemKind::kUnderfull: return "underfull";
    case ProblemKind::kLoose: return "loose";
    case ProblemKind::kHyphenRun: return "hyphen-run";
    case ProblemKind::kRunt: return "runt";
    case ProblemKind::kWidow: return "widow";
    case ProblemKind::kOrphan: return "orphan";
    case ProblemKind::kShortPage: return "short-page";
    case ProblemKind::kShortSpread: return "short-spread";
    case ProblemKind::kUnevenSpread: return "uneven-spread";
    case ProblemKind::kPageEndHyphen: return "page-end-hyphen";
    case ProblemKind::kStubPage: return "stub-page";
  }
  return "?";
}

QualityReport MeasureQuality(const frames::DocumentFrames& frames) {
  QualityReport report;
  report.title = frames.title;
  report.limits = LimitsOf(frames);
  report.total.page_label = "total";
  Measurer(frames, &report).Run();
  CheckPages(frames.pages, report.limits, &report.problems);
  std::stable_sort(report.problems.begin(), report.problems.end(),
                   [](const Problem& a, const Problem& b) { return a.page < b.page; });
  return report;
}

std::string FormatQualityReport(const QualityReport& report) {
  std::string out = "galley quality report: " + report.title + "\n";
  out += "  page lines hyph run  ratio min   mean    max  over under widow orphan runt\n";
  char row[160];
  auto format = [&](const QualityCounts& c) {
    std::snprintf(row, sizeof row, "%6s %5d %4d %3d %+9.3f %+6.3f %+6.3f %5d %5d %5d %6d %4d\n",
                  c.page_label.c_str(), c.lines, c.hyphenated, c.longest_hyphen_run,
                  c.ratio_min, c.ratio_mean(), c.ratio_max, c.overfull, c.underfull, c.widows,
                  c.orphans, c.runts);
    out += row;
  };
  for (const QualityCounts& page : report.pages) format(page);
  format(report.total);
  if (report.problems.empty()) {
    out += "no problems\n";
    return out;
  }
  out += "problems:\n";
  for (const Problem& problem : report.problems) {
    std::snprintf(row, sizeof row, "  %-15s page %s", ToString(problem.kind),
                  problem.page_label.c_str());
    out += row;
    if (problem.source_line > 0) out += ", line " + std::to_string(problem.source_line);
    switch (problem.kind) {
      case ProblemKind::kHyphenRun:
        out += ", " + std::to_string(problem.amount) + " lines";
        break;
      case ProblemKind::kShortPage:
      case ProblemKind::kShortSpread:
      case ProblemKind::kUnevenSpread:
        out += ", " + std::to_string(problem.amount) +
               (problem.kind == ProblemKind::kUnevenSpread ? " lines apart" : " lines short");
        break;
      case ProblemKind::kStubPage:
        out += ", " + std::to_string(problem.amount) + " lines";
        break;
      default:
        break;
    }
    out += ": \"" + problem.text + "\"\n";
  }
  return out;
}

}  // namespace galley::quality
