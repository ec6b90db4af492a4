// Parsing speed of a large manuscript: about 1.8 MB, some 60 times Kronstadt 21, with what a
// real book has (headings, emphasis, inline page markers, notes, scene breaks). Target: well
// under 100 ms per parse on one core.
#include <benchmark/benchmark.h>

#include <string>

#include "manuscript/manuscript_parser.h"
#include "model/json_dump.h"

namespace {

std::string LargeManuscript() {
  static const char* const kWords[] = {"the", "working", "class", "had", "taken", "power",
                                       "émigré", "“quoted”", "in", "revolution", "–", "years"};
  std::string text = "---\ntitle: Big\nauthor: A\nlanguage: en-US\n---\n\n";
  int page = 0;
  int note = 0;
  unsigned seed = 1;
  for (int chapter = 0; chapter < 240; ++chapter) {
    text += "## Chapter " + std::to_string(chapter) + "\n\n";
    for (int paragraph = 0; paragraph < 10; ++paragraph) {
      for (int word = 0; word < 120; ++word) {
        seed = seed * 1103515245 + 12345;
        if (word == 30) text += "*in practice* ";
        if (word == 60 && paragraph % 3 == 0) text += "<pb n=\"" + std::to_string(++page) + "\"/>";
        text += kWords[(seed >> 16) % 12];
        text += ' ';
      }
      text += "end.";
      if (paragraph % 5 == 0) {
        std::string label = "[^n" + std::to_string(++note) + "]";
        text += label + "\n\n" + label + ": A note with *emphasis*.";
      }
      text += "\n\n";
    }
    text += "* * *\n\n";
  }
  return text;
}

void BM_ParseManuscript(benchmark::State& state) {
  std::string text = LargeManuscript();
  for (auto _ : state) {
    auto document = galley::manuscript::ParseManuscript(text, "big.md");
    if (!document.ok()) state.SkipWithError(document.error().ToString().c_str());
    benchmark::DoNotOptimize(document);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseManuscript)->Unit(benchmark::kMillisecond);

void BM_DumpJson(benchmark::State& state) {
  auto document = galley::manuscript::ParseManuscript(LargeManuscript(), "big.md");
  if (!document.ok()) {
    state.SkipWithError(document.error().ToString().c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(galley::model::DumpJson(*document));
}
BENCHMARK(BM_DumpJson)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
