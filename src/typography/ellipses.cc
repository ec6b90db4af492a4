#include "typography/ellipses.h"

namespace galley {
namespace {

constexpr const char* kEllipsis = "\u2026";

// Length of a run of dots starting at `at`, spaced (". . .") or not ("..."): the number of
// dots and the bytes they span.
struct DotRun {
  int dots = 0;
  size_t bytes = 0;
};

DotRun RunAt(std::string_view text, size_t at) {
  DotRun run;
  size_t i = at;
  while (i < text.size() && text[i] == '.') {
    ++run.dots;
    run.bytes = i + 1 - at;
    bool spaced = i + 2 < text.size() && text[i + 1] == ' ' && text[i + 2] == '.';
    i += spaced ? 2 : 1;
  }
  return run;
}

}  // namespace

TextFix SetEllipses(std::string_view text) {
  std::vector<TextEdit> edits;
  std::vector<TextDoubt> doubts;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '.') continue;
    DotRun run = RunAt(text, i);
    if (run.dots == 3) {
      edits.push_back({i, run.bytes, kEllipsis, {}});
    } else if (run.dots > 3) {
      doubts.push_back({i, "a run of " + std::to_string(run.dots) +
                               " dots: a period and an ellipsis, or noise?"});
    }
    i += run.bytes - 1;
  }
  return MakeTextFix(text, std::move(edits), std::move(doubts));
}

}  // namespace galley
