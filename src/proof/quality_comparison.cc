#include "proof/quality_comparison.h"

#include <algorithm>
#include <unordered_map>

namespace galley::proof {

namespace {

// A looser or tighter line than this has used more than the whole stretch (or shrink) the
// template gives its spaces: the Knuth–Plass tolerance for a good line is |ratio| <= 1.
constexpr double kVeryLooseRatio = 1.0;

// More than two hyphenated lines in a row is a ladder: issue 4 promises the pamphlet has none,
// and `galley pdf --report` counts the same runs.
constexpr int kLongestHyphenRun = 2;

bool IsText(const RecordLine& line) { return line.kind == "p" || line.kind == "q"; }

void AddLineProblems(const Record& record, std::vector<QualityProblem>* problems) {
  int run = 0;
  auto end_run = [&](size_t end) {
    if (run > kLongestHyphenRun) problems->push_back({"hyphen-run", end - run, run});
    run = 0;
  };
  for (size_t i = 0; i < record.lines.size(); ++i) {
    const RecordLine& line = record.lines[i];
    if (line.overfull) problems->push_back({"overfull", i, 0});
    if (line.underfull) problems->push_back({"underfull", i, 0});
    if (line.ratio > kVeryLooseRatio) problems->push_back({"loose", i, 0});
    if (line.ratio < -kVeryLooseRatio) problems->push_back({"tight", i, 0});
    if (IsText(line) && line.hyphenated) {
      ++run;
    } else {
      end_run(i);
    }
  }
  end_run(record.lines.size());
}

void AddParagraphProblems(const Record& record, const std::vector<Paragraph>& paragraphs,
                          std::vector<QualityProblem>* problems) {
  for (const Paragraph& paragraph : paragraphs) {
    if (paragraph.line_count < 2 || !IsText(record.lines[paragraph.first_line])) continue;
    size_t first = paragraph.first_line, last = paragraph.end_line() - 1;
    if (record.lines[first].page != record.lines[first + 1].page) {
      problems->push_back({"orphan", first, 0});
    }
    if (record.lines[last].page != record.lines[last - 1].page) {
      problems->push_back({"widow", last, 0});
    }
  }
}

std::string KeyOf(const Record& record, const QualityProblem& problem) {
  return problem.kind + '\n' + std::to_string(problem.run) + '\n' + record.lines[problem.line].text;
}

}  // namespace

std::vector<QualityProblem> FindQualityProblems(const Record& record,
                                                const std::vector<Paragraph>& paragraphs) {
  std::vector<QualityProblem> problems;
  AddLineProblems(record, &problems);
  AddParagraphProblems(record, paragraphs, &problems);
  std::stable_sort(
      problems.begin(), problems.end(),
      [](const QualityProblem& a, const QualityProblem& b) { return a.line < b.line; });
  return problems;
}

std::vector<QualityChange> CompareQuality(const Record& before,
                                          const std::vector<QualityProblem>& before_problems,
                                          const Record& after,
                                          const std::vector<QualityProblem>& after_problems) {
  std::unordered_map<std::string, int> unmatched_before;  // key → how many not yet matched
  for (const QualityProblem& problem : before_problems) ++unmatched_before[KeyOf(before, problem)];
  std::unordered_map<std::string, int> matched;  // key → how many of before's were matched
  std::vector<QualityChange> changes;
  for (const QualityProblem& problem : after_problems) {
    auto found = unmatched_before.find(KeyOf(after, problem));
    if (found != unmatched_before.end() && found->second > 0) {
      --found->second;
      ++matched[found->first];
    } else {
      changes.push_back({true, problem});
    }
  }
  // Before's problems in order; the first `matched[key]` of each key found their match.
  for (const QualityProblem& problem : before_problems) {
    int& left = matched[KeyOf(before, problem)];
    if (left > 0) {
      --left;
    } else {
      changes.push_back({false, problem});
    }
  }
  return changes;
}

}  // namespace galley::proof
