#include "proof/quality_delta.h"

#include <string>
#include <unordered_map>

namespace galley::proof {

namespace {

std::string KeyOf(const quality::Problem& problem) {
  return std::string(quality::ToString(problem.kind)) + '\n' + std::to_string(problem.amount) +
         '\n' + problem.text;
}

bool SameTotals(const quality::QualityCounts& a, const quality::QualityCounts& b) {
  return a.lines == b.lines && a.hyphenated == b.hyphenated &&
         a.longest_hyphen_run == b.longest_hyphen_run && a.overfull == b.overfull &&
         a.underfull == b.underfull && a.widows == b.widows && a.orphans == b.orphans &&
         a.runts == b.runts;
}

}  // namespace

int QualityDelta::Introduced() const {
  int count = 0;
  for (const QualityDeltaEntry& entry : problems) count += entry.introduced ? 1 : 0;
  return count;
}

bool QualityDelta::Differs() const { return !problems.empty() || !SameTotals(before, after); }

QualityDelta CompareQualityOf(const frames::DocumentFrames& before,
                              const frames::DocumentFrames& after) {
  quality::QualityReport old_report = quality::MeasureQuality(before);
  quality::QualityReport new_report = quality::MeasureQuality(after);
  QualityDelta delta;
  delta.before = old_report.total;
  delta.after = new_report.total;
  std::unordered_map<std::string, int> unmatched;  // key → before's problems not yet matched
  for (const quality::Problem& problem : old_report.problems) ++unmatched[KeyOf(problem)];
  std::unordered_map<std::string, int> matched;    // key → how many of before's were matched
  for (const quality::Problem& problem : new_report.problems) {
    std::string key = KeyOf(problem);
    auto found = unmatched.find(key);
    if (found != unmatched.end() && found->second > 0) {
      --found->second;
      ++matched[key];
    } else {
      delta.problems.push_back({true, problem});
    }
  }
  for (const quality::Problem& problem : old_report.problems) {
    int& left = matched[KeyOf(problem)];
    if (left > 0) {
      --left;
    } else {
      delta.problems.push_back({false, problem});
    }
  }
  return delta;
}

}  // namespace galley::proof
