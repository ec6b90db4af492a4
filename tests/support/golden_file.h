// Golden files: a text output compared byte for byte with a committed file. A mismatch shows
// the first differing line with context. Setting GALLEY_UPDATE_GOLDEN=1 rewrites the committed
// file instead (see tests/data/manuscript/README.md); review the result with `git diff`. Every
// golden test uses it: the model dump, the EPUB's structure, the layout record, the proof's
// summary and HTML report.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace galley::testing {

inline std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

inline ::testing::AssertionResult MatchesGoldenFile(const std::string& actual,
                                                    const std::string& golden_path) {
  const char* update = std::getenv("GALLEY_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream out(golden_path, std::ios::binary);
    out << actual;
    if (!out) return ::testing::AssertionFailure() << "cannot write " << golden_path;
    return ::testing::AssertionSuccess() << "rewrote " << golden_path;
  }
  std::ifstream in(golden_path, std::ios::binary);
  if (!in) {
    return ::testing::AssertionFailure()
           << golden_path << " is missing; create it with GALLEY_UPDATE_GOLDEN=1";
  }
  std::ostringstream expected;
  expected << in.rdbuf();
  if (expected.str() == actual) return ::testing::AssertionSuccess();
  std::vector<std::string> want = SplitLines(expected.str());
  std::vector<std::string> got = SplitLines(actual);
  size_t line = 0;
  while (line < want.size() && line < got.size() && want[line] == got[line]) ++line;
  ::testing::AssertionResult failure = ::testing::AssertionFailure();
  failure << "differs from " << golden_path << " at line " << line + 1 << ":\n";
  for (size_t i = line; i < line + 3 && i < want.size(); ++i) failure << "- " << want[i] << "\n";
  for (size_t i = line; i < line + 3 && i < got.size(); ++i) failure << "+ " << got[i] << "\n";
  failure << "If the change is deliberate, rerun with GALLEY_UPDATE_GOLDEN=1 and review "
             "`git diff`.";
  return failure;
}

}  // namespace galley::testing
