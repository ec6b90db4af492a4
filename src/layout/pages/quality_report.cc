#include "layout/pages/quality_report.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace galley::layout {

namespace {

bool IsText(const RecordLine& line) { return line.kind == "p" || line.kind == "q"; }

void CountLine(const RecordLine& line, int hyphen_run, QualityCounts* counts) {
  ++counts->lines;
  if (line.hyphenated) ++counts->hyphenated;
  counts->longest_hyphen_run = std::max(counts->longest_hyphen_run, hyphen_run);
  if (line.justified) {
    counts->ratio_min = counts->justified == 0 ? line.ratio : std::min(counts->ratio_min, line.ratio);
    counts->ratio_max = counts->justified == 0 ? line.ratio : std::max(counts->ratio_max, line.ratio);
    counts->ratio_sum += line.ratio;
    ++counts->justified;
  }
  if (line.overfull) ++counts->overfull;
  if (line.underfull) ++counts->underfull;
}

}  // namespace

QualityReport MeasureQuality(const LayoutRecord& record) {
  QualityReport report;
  report.title = record.title;
  report.total.page_label = "total";
  std::vector<const RecordLine*> text;
  for (const RecordLine& line : record.lines) {
    if (IsText(line)) text.push_back(&line);
  }
  std::map<int, size_t> page_index;  // physical page → index in report.pages
  int hyphen_run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const RecordLine& line = *text[i];
    auto [it, added] = page_index.emplace(line.page, report.pages.size());
    if (added) report.pages.push_back(QualityCounts{line.page_label});
    QualityCounts& page = report.pages[it->second];
    hyphen_run = line.hyphenated ? hyphen_run + 1 : 0;
    CountLine(line, hyphen_run, &page);
    CountLine(line, hyphen_run, &report.total);

    auto problem = [&](const char* kind, QualityCounts* counts, int QualityCounts::*field) {
      ++(counts->*field);
      ++(report.total.*field);
      report.problems.push_back({kind, line.page_label, line.source_line, line.text});
    };
    bool first_on_page = i == 0 || text[i - 1]->page != line.page;
    bool last_on_page = i + 1 == text.size() || text[i + 1]->page != line.page;
    if (line.last && !line.first && first_on_page) problem("widow", &page, &QualityCounts::widows);
    if (line.first && !line.last && last_on_page) {
      problem("orphan", &page, &QualityCounts::orphans);
    }
    if (line.last && !line.first && line.words <= 1) problem("runt", &page, &QualityCounts::runts);
    if (line.overfull) report.problems.push_back({"overfull", line.page_label, line.source_line, line.text});
    if (line.underfull) {
      report.problems.push_back({"underfull", line.page_label, line.source_line, line.text});
    }
    if (hyphen_run == 3) {
      report.problems.push_back({"hyphen-run", line.page_label, line.source_line, line.text});
    }
  }
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
  for (const QualityProblem& problem : report.problems) {
    std::snprintf(row, sizeof row, "  %-10s page %s, line %d: ", problem.kind.c_str(),
                  problem.page_label.c_str(), problem.source_line);
    out += row + ("\"" + problem.text + "\"\n");
  }
  return out;
}

}  // namespace galley::layout
