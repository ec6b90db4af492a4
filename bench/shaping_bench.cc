// Shaping speed: every word of the pamphlet's OCR text through HarfBuzz, with and without the
// word-shape cache. Prints the time per word and, for the cache, its hit rate.
//
//   cmake --build build --target shaping_bench && build/bench/shaping_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "fonts/font_library.h"
#include "shaping/shaper.h"
#include "shaping/word_cache.h"

namespace galley {
namespace {

// The repository root, found from this file's path (absolute in a CMake build) so that the
// benchmark runs from any directory.
std::string SourceDir() {
  return std::filesystem::absolute(__FILE__).parent_path().parent_path().string();
}

// The words of `text`: the spans between ASCII white space, as the paragraph builder sees them.
std::vector<std::string_view> WordsOf(std::string_view text) {
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    bool space = i == text.size() || text[i] == ' ' || text[i] == '\n' || text[i] == '\t' ||
                 text[i] == '\r';
    if (!space) continue;
    if (i > start) words.push_back(text.substr(start, i - start));
    start = i + 1;
  }
  return words;
}

// The pamphlet, its words and the body face, loaded once for every benchmark.
struct Pamphlet {
  Pamphlet() {
    RealFileSystem fs;
    std::string root = SourceDir();
    Result<std::string> read = fs.ReadFile(root + "/content/kronstadt-21/source.ocr.txt");
    if (!read.ok()) error = read.error().ToString();
    else text = std::move(*read);
    words = WordsOf(text);
    library = fonts::FontLibrary::Create().value();
    Result<const fonts::Font*> loaded = library->Load(fs, root + "/fonts/EBGaramond12-Regular.otf");
    if (!loaded.ok()) error = loaded.error().ToString();
    else font = *loaded;
  }
  std::string text;
  std::vector<std::string_view> words;
  std::unique_ptr<fonts::FontLibrary> library;
  const fonts::Font* font = nullptr;
  std::string error;
};

const Pamphlet& ThePamphlet() {
  static const Pamphlet pamphlet;
  return pamphlet;
}

void ReportPerWord(benchmark::State& state, size_t words) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words));
  // Seconds per word (an inverted rate), shown as ns or µs.
  state.counters["time/word"] = benchmark::Counter(
      static_cast<double>(words), benchmark::Counter::kIsIterationInvariantRate |
                                      benchmark::Counter::kInvert);
  state.counters["words"] = static_cast<double>(words);
}

void BM_ShapeEveryWord(benchmark::State& state) {
  const Pamphlet& pamphlet = ThePamphlet();
  if (!pamphlet.error.empty()) return state.SkipWithError(pamphlet.error.c_str());
  shaping::Shaper shaper("en");
  shaping::FeatureSet features;
  for (auto _ : state) {
    for (std::string_view word : pamphlet.words) {
      benchmark::DoNotOptimize(shaper.Shape(*pamphlet.font, 10, features, word));
    }
  }
  ReportPerWord(state, pamphlet.words.size());
}
BENCHMARK(BM_ShapeEveryWord)->Unit(benchmark::kMillisecond);

// A fresh cache per pass: what typesetting one book costs, first occurrences included.
void BM_ShapeEveryWordCached(benchmark::State& state) {
  const Pamphlet& pamphlet = ThePamphlet();
  if (!pamphlet.error.empty()) return state.SkipWithError(pamphlet.error.c_str());
  shaping::Shaper shaper("en");
  shaping::FeatureSet features;
  size_t hits = 0, lookups = 0, distinct = 0;
  for (auto _ : state) {
    shaping::WordShapeCache cache(shaper);
    for (std::string_view word : pamphlet.words) {
      benchmark::DoNotOptimize(&cache.Shape(*pamphlet.font, 10, features, word));
    }
    hits += cache.hits();
    lookups += cache.hits() + cache.misses();
    distinct = cache.misses();
  }
  ReportPerWord(state, pamphlet.words.size());
  state.counters["hit_rate"] = lookups == 0 ? 0 : static_cast<double>(hits) / lookups;
  state.counters["distinct"] = static_cast<double>(distinct);
}
BENCHMARK(BM_ShapeEveryWordCached)->Unit(benchmark::kMillisecond);

// A warm cache: every lookup hits, so this is the cost of the lookup alone.
void BM_WarmCacheLookup(benchmark::State& state) {
  const Pamphlet& pamphlet = ThePamphlet();
  if (!pamphlet.error.empty()) return state.SkipWithError(pamphlet.error.c_str());
  shaping::Shaper shaper("en");
  shaping::FeatureSet features;
  shaping::WordShapeCache cache(shaper);
  for (std::string_view word : pamphlet.words) cache.Shape(*pamphlet.font, 10, features, word);
  size_t before = cache.hits();
  for (auto _ : state) {
    for (std::string_view word : pamphlet.words) {
      benchmark::DoNotOptimize(&cache.Shape(*pamphlet.font, 10, features, word));
    }
  }
  ReportPerWord(state, pamphlet.words.size());
  state.counters["hit_rate"] = static_cast<double>(cache.hits() - before) /
                               static_cast<double>(state.iterations() * pamphlet.words.size());
}
BENCHMARK(BM_WarmCacheLookup)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace galley

BENCHMARK_MAIN();
