// Loading hyphenation patterns: parsed from Debian's file (libhyphen's own load, plus the
// transcoding of German's ISO8859-1) against read back from the compiled-pattern cache
// (hyphen/pattern_cache.h). Run from the repository root: build/bench/hyphen_bench.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "hyphen/hyphenator.h"

namespace {

void LoadPatterns(benchmark::State& state, const char* path, bool cached) {
  std::string dir = std::filesystem::temp_directory_path() / "galley-hyphen-bench";
  std::filesystem::remove_all(dir);
  galley::hyphen::PatternSource source;
  if (cached) source.cache_dir = dir;
  if (cached) (void)galley::hyphen::Hyphenator::FromFile(path, {}, source);  // fill the cache
  for (auto _ : state) {
    auto hyphenator = galley::hyphen::Hyphenator::FromFile(path, {}, source);
    if (!hyphenator.ok()) state.SkipWithError(hyphenator.error().ToString().c_str());
    benchmark::DoNotOptimize(hyphenator);
  }
  std::filesystem::remove_all(dir);
}

BENCHMARK_CAPTURE(LoadPatterns, english_parsed, "/usr/share/hyphen/hyph_en_US.dic", false)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(LoadPatterns, english_cached, "/usr/share/hyphen/hyph_en_US.dic", true)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(LoadPatterns, german_parsed, "/usr/share/hyphen/hyph_de_DE.dic", false)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(LoadPatterns, german_cached, "/usr/share/hyphen/hyph_de_DE.dic", true)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
