// Speed of the Knuth–Plass breaker (src/linebreak). The print target is the 740-page long book
// in well under a second end to end, so one typical paragraph (~10 lines) must break in well
// under 100 µs. Paragraphs are the paper's Frog King in its own units (tests/linebreak), with
// and without hyphenation points, and repeated into a long paragraph to show linear growth.
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

#include "../tests/linebreak/paper_items.h"
#include "hyphen/hyphenator.h"
#include "linebreak/knuth_plass.h"

namespace galley::linebreak {
namespace {

constexpr std::string_view kFrogKing =
    "In olden times when wishing still helped one, there lived a king whose daughters were "
    "all beautiful; and the youngest was so beautiful that the sun itself, which has seen so "
    "much, was astonished whenever it shone in her face. Close by the king's castle lay a "
    "great dark forest, and under an old lime-tree in the forest was a well, and when the day "
    "was very warm, the king's child went out into the forest and sat down by the side of the "
    "cool fountain; and when she was bored she took a golden ball, and threw it up on high "
    "and caught it; and this ball was her favorite plaything.";

// The text with a discretionary break ('|') after every third letter of a word that has at
// least three more: about as many as Liang's patterns find in English (two or three in a long
// word, none in short ones), so the breaker sees a realistic number of breakpoints.
std::string WithHyphenationPoints(std::string_view text) {
  auto is_letter = [&](size_t at) {
    return at < text.size() && text[at] >= 'a' && text[at] <= 'z';
  };
  std::string out;
  size_t run = 0;  // letters so far in the current word
  for (size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    run = is_letter(i) ? run + 1 : 0;
    size_t ahead = 0;
    while (is_letter(i + 1 + ahead)) ++ahead;
    if (run > 0 && run % 3 == 0 && ahead >= 3) out += '|';
  }
  return out;
}

std::string Repeated(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) {
    if (i > 0) out += ' ';
    out += text;
  }
  return out;
}

BreakParams PaperParams() {
  BreakParams params;
  params.line_widths = {500};
  params.tolerance = 1;
  params.line_penalty = 1;
  return params;
}

void RunBreaker(benchmark::State& state, const std::vector<Item>& items,
                const BreakParams& params) {
  size_t lines = 0;
  for (auto _ : state) {
    BreakResult result = BreakLines(items, params);
    lines = result.lines.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["lines"] = static_cast<double>(lines);
  state.counters["items"] = static_cast<double>(items.size());
  // Seconds per line (printed with an SI prefix: "1.07u" is 1.07 µs).
  state.counters["per_line"] = benchmark::Counter(
      static_cast<double>(lines),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_FrogKing(benchmark::State& state) {
  RunBreaker(state, testing::BuildPaperParagraph(kFrogKing).items, PaperParams());
}
BENCHMARK(BM_FrogKing);

// The same paragraph with ~2 hyphenation points per long word and the default parameters,
// as the layout will call it.
void BM_FrogKingHyphenated(benchmark::State& state) {
  BreakParams params;
  params.line_widths = {500};
  std::string text = WithHyphenationPoints(kFrogKing);
  RunBreaker(state, testing::BuildPaperParagraph(text).items, params);
}
BENCHMARK(BM_FrogKingHyphenated);

// Page makeup asks for one more line.
void BM_FrogKingHyphenatedLooser(benchmark::State& state) {
  BreakParams params;
  params.line_widths = {500};
  params.looseness = 1;
  std::string text = WithHyphenationPoints(kFrogKing);
  RunBreaker(state, testing::BuildPaperParagraph(text).items, params);
}
BENCHMARK(BM_FrogKingHyphenatedLooser);

// A narrow measure where tolerance 1 finds nothing: the emergency pass runs too.
void BM_NarrowEmergency(benchmark::State& state) {
  BreakParams params = PaperParams();
  params.line_widths = {200};
  params.emergency_stretch = 30;
  RunBreaker(state, testing::BuildPaperParagraph(kFrogKing).items, params);
}
BENCHMARK(BM_NarrowEmergency);

// A paragraph of state.range(0) Frog Kings: time per line should stay flat.
void BM_LongHyphenated(benchmark::State& state) {
  BreakParams params;
  params.line_widths = {500};
  std::string text = WithHyphenationPoints(Repeated(kFrogKing, static_cast<int>(state.range(0))));
  RunBreaker(state, testing::BuildPaperParagraph(text).items, params);
}
BENCHMARK(BM_LongHyphenated)->Arg(1)->Arg(10)->Arg(100);

// Hyphenating every word of the paragraph with the American patterns (words as the layout
// feeds them: letters only), to weigh a per-word cache in the layout.
void BM_HyphenateFrogKingWords(benchmark::State& state) {
  auto hyphenator = hyphen::Hyphenator::ForLanguage("en-US", {});
  if (!hyphenator.ok()) {
    state.SkipWithError(hyphenator.error().ToString().c_str());
    return;
  }
  std::vector<std::string> words(1);
  for (char c : kFrogKing) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) words.back() += c;
    if (!letter && !words.back().empty()) words.emplace_back();
  }
  for (auto _ : state) {
    for (const std::string& word : words) benchmark::DoNotOptimize((*hyphenator)->Breaks(word));
  }
  state.counters["words"] = static_cast<double>(words.size());
  state.counters["per_word"] = benchmark::Counter(
      static_cast<double>(words.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_HyphenateFrogKingWords);

}  // namespace
}  // namespace galley::linebreak

BENCHMARK_MAIN();
