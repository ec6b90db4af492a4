#include "quality/quality_report.h"

#include <cstdio>

#include "frames/page_reader.h"
#include "quality/quality_meter.h"

namespace galley::quality {

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
  QualityMeter meter(frames);
  for (const frames::PageFrame& page : frames.pages) meter.Add(page);
  return meter.Finish();
}

Result<QualityReport> MeasureQualityPageByPage(const frames::DocumentFrames& frames) {
  QualityMeter meter(frames);
  frames::PageReader reader(frames);
  for (size_t i = 0; i < frames.pages.size(); ++i) {
    Result<const frames::PageFrame*> page = reader.Page(i);
    if (!page.ok()) return page.take_error();
    meter.Add(**page);
  }
  return meter.Finish();
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
