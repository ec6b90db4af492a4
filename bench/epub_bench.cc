// The EPUB back end in-process: manuscript → model → EPUB bytes, for the pamphlet and for the
// long book (bench/make-long-book.sh: 60 copies of its body, about 1.9 MB). Targets (issue 3,
// "Speed"): the pamphlet in about 16 ms, the long book in about 0.4 s, with the cover and the
// font subsets cached. End to end, with peak memory and pandoc for comparison:
// bench/epub_speed.py; figures in bench/README.md.
//
//   bench/make-long-book.sh && build/bench/epub_bench   (run from the repository root)
#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <filesystem>

#include "epub/epub_writer.h"
#include "manuscript/manuscript_parser.h"

namespace {

using galley::RealFileSystem;
using galley::Result;

const char* const kPamphlet = "content/kronstadt-21/manuscript.md";
const char* const kLongBook = "out/long-book/manuscript.md";

galley::epub::EpubOptions Options(bool cached) {
  galley::epub::EpubOptions options;  // fonts/ and templates/ relative to the repository root
  options.source_date_epoch = 1700000000;
  if (cached) {
    options.cache_dir = "out/.galley-cache";
    std::filesystem::create_directories(options.cache_dir);
  }
  return options;
}

double PeakMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

// Reads and parses the manuscript, then writes the EPUB: what `galley epub` does, less the
// final atomic write.
void BuildEpub(benchmark::State& state, const char* manuscript, bool cached) {
  RealFileSystem fs;
  if (!fs.Exists(manuscript)) {
    state.SkipWithError((std::string(manuscript) + " is missing: run from the repository root "
                         "(and bench/make-long-book.sh for the long book)").c_str());
    return;
  }
  galley::epub::EpubOptions options = Options(cached);
  size_t bytes = 0;
  for (auto _ : state) {
    Result<galley::model::Document> document = galley::manuscript::LoadManuscript(fs, manuscript);
    if (!document.ok()) {
      state.SkipWithError(document.error().ToString().c_str());
      return;
    }
    Result<std::string> epub = galley::epub::WriteEpub(fs, *document, options);
    if (!epub.ok()) {
      state.SkipWithError(epub.error().ToString().c_str());
      return;
    }
    bytes = epub->size();
    benchmark::DoNotOptimize(epub);
  }
  state.counters["epub_kB"] = bytes / 1024.0;
  state.counters["peak_MB"] = PeakMegabytes();
}

void BM_EpubPamphlet(benchmark::State& state) { BuildEpub(state, kPamphlet, true); }
void BM_EpubPamphletUncached(benchmark::State& state) { BuildEpub(state, kPamphlet, false); }
void BM_EpubLongBook(benchmark::State& state) { BuildEpub(state, kLongBook, true); }

BENCHMARK(BM_EpubPamphlet)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_EpubPamphletUncached)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_EpubLongBook)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
