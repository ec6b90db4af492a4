// Speed of `galley clean` (issue 8: a 3 MB novel under 3 s, the pamphlet under 0.3 s), with the
// time split into its stages (CleanOptions::stage_done; counters in ms per run):
//
//   read        metadata.txt, the source in its encoding (NFC), the rule set
//   dictionary  loading the hunspell dictionary
//   lines       Project Gutenberg's frame, corrections, drops
//   blocks      lines → paragraphs, headings, lists, notes; inline markup
//   structure   notes linked, page joins, heading levels, structure.tsv
//   guesses     the guessing rules behind their gate
//   typography  ellipses, dashes, ranges, quotes
//   report      proposals' correction lines, the unknown words
//   write       the manuscript
//
// Titles: the pamphlet (content/kronstadt-21, run from the repository root); a long OCR text
// made in memory from the pamphlet's source repeated to 3 MB (folios renumbered, so that each
// page is marked once); and, when GALLEY_CLEAN_BENCH_TITLE names a title folder, that title —
// a real novel has far more distinct words than a repeated pamphlet (bench/README.md: War and
// Peace from Project Gutenberg).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "clean/clean_title.h"
#include "clean/line_rules.h"
#include "clean/source_text.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kPamphlet = "content/kronstadt-21";
constexpr size_t kLongTextBytes = 3 << 20;

// Cleans `title` on every iteration, adding each stage's time to a counter.
void RunClean(benchmark::State& state, const galley::FileSystem& fs, const std::string& dir) {
  std::map<std::string, double> stage_ms;
  Clock::time_point last;
  galley::CleanOptions options;
  options.stage_done = [&](std::string_view stage) {
    Clock::time_point now = Clock::now();
    stage_ms[std::string(stage)] += std::chrono::duration<double, std::milli>(now - last).count();
    last = now;
  };
  galley::TitleFolder title = galley::LocateTitle(dir);
  for (auto _ : state) {
    last = Clock::now();
    galley::Result<galley::CleanResult> result = galley::CleanTitle(fs, title, options);
    if (!result.ok()) {
      state.SkipWithError(result.error().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(result->manuscript);
  }
  for (const auto& [stage, ms] : stage_ms) {
    state.counters[stage] = benchmark::Counter(ms / static_cast<double>(state.iterations()));
  }
}

void BM_CleanPamphlet(benchmark::State& state) {
  galley::RealFileSystem fs;
  RunClean(state, fs, kPamphlet);
}
BENCHMARK(BM_CleanPamphlet)->Unit(benchmark::kMillisecond);

// The pamphlet's source repeated to 3 MB, its folios renumbered, with its corrections and
// metadata (not its structure: its anchors would match every copy).
galley::MemoryFileSystem LongOcrTitle() {
  galley::RealFileSystem disk;
  galley::MemoryFileSystem fs;
  std::string source_text = *disk.ReadFile(std::string(kPamphlet) + "/source.ocr.txt");
  std::vector<galley::SourceLine> lines = galley::SplitLines(source_text);
  std::string source;
  for (int copy = 1; source.size() < kLongTextBytes; ++copy) {
    for (const galley::SourceLine& line : lines) {
      std::optional<std::string> folio = galley::FolioLabel(line.text);
      source += folio ? "- " + std::to_string(copy * 1000 + std::stoi(*folio)) + " -" : line.text;
      source += '\n';
    }
  }
  fs.Add("long/source.ocr.txt", source);
  for (const char* file : {"corrections.tsv", "metadata.txt"}) {
    fs.Add(std::string("long/") + file, *disk.ReadFile(std::string(kPamphlet) + "/" + file));
  }
  return fs;
}

void BM_CleanLongOcrText(benchmark::State& state) {
  galley::MemoryFileSystem fs = LongOcrTitle();
  RunClean(state, fs, "long");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(fs.files().at("long/source.ocr.txt").size()));
}
BENCHMARK(BM_CleanLongOcrText)->Unit(benchmark::kMillisecond);

void BM_CleanTitleFromEnvironment(benchmark::State& state) {
  const char* dir = std::getenv("GALLEY_CLEAN_BENCH_TITLE");
  if (dir == nullptr || *dir == '\0') {
    state.SkipWithError("set GALLEY_CLEAN_BENCH_TITLE to a title folder (e.g. a novel)");
    return;
  }
  galley::RealFileSystem fs;
  RunClean(state, fs, dir);
}
BENCHMARK(BM_CleanTitleFromEnvironment)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
