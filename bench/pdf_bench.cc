// `galley pdf` in-process: manuscript file → model → frames → PDF bytes, for the pamphlet and
// the long book (bench/make-long-book.sh), single-threaded. Besides the time per book it
// reports pages per second, peak memory and where the time goes (counters, in ms):
//   parse      reading and parsing the manuscript (manuscript/)
//   setup      loading the hyphenation patterns and ICU's line breaker
//   paragraphs items, shaping (HarfBuzz through the word cache), hyphenation and line breaking
//   pages      page building, paragraph variants, setting the chosen lines into glyph runs
//   compose    frames: furniture, margin numbers, destinations, the layout record
//   render     Cairo drawing the frames into PDF bytes (render/), fonts subset and compressed
// Run from the repository root: build/bench/pdf_bench. bench/README.md has the figures.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <memory>
#include <string>

#include "fonts/font_library.h"
#include "io/file_system.h"
#include "layout/pages/typeset_book.h"
#include "layout/template/font_set.h"
#include "manuscript/manuscript_parser.h"
#include "render/render_pdf.h"

namespace {

using galley::RealFileSystem;
using galley::Result;
using Clock = std::chrono::steady_clock;

constexpr const char* kPamphlet = "content/kronstadt-21/manuscript.md";
constexpr const char* kLongBook = "out/long-book/manuscript.md";
constexpr const char* kTemplate = "templates/print/default.template";

double Milliseconds(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double PeakMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

struct Phases {
  double parse = 0, setup = 0, paragraphs = 0, pages = 0, compose = 0, render = 0;
  size_t pages_made = 0, pdf_bytes = 0;
};

// What `galley pdf` does, less starting the process and writing the file. The template and
// fonts are loaded once per iteration too, as the command does.
bool MakePdf(benchmark::State& state, const char* manuscript, Phases* phases) {
  RealFileSystem fs;
  Clock::time_point start = Clock::now();
  Result<galley::model::Document> document = galley::manuscript::LoadManuscript(fs, manuscript);
  if (!document.ok()) {
    state.SkipWithError(document.error().ToString().c_str());
    return false;
  }
  phases->parse += Milliseconds(start);
  Result<galley::layout::PrintTemplate> print_template =
      galley::layout::LoadPrintTemplate(fs, kTemplate);
  Result<std::unique_ptr<galley::fonts::FontLibrary>> library =
      galley::fonts::FontLibrary::Create();
  if (!print_template.ok() || !library.ok()) {
    state.SkipWithError("the default template or the font library failed to load");
    return false;
  }
  Result<galley::layout::FontSet> fonts =
      galley::layout::LoadTemplateFonts(**library, fs, *print_template);
  if (!fonts.ok()) {
    state.SkipWithError(fonts.error().ToString().c_str());
    return false;
  }
  Result<galley::layout::TypesetBook> book =
      galley::layout::TypesetDocument(*document, *print_template, *fonts, {});
  if (!book.ok()) {
    state.SkipWithError(book.error().ToString().c_str());
    return false;
  }
  phases->setup += book->timings.setup * 1000;
  phases->paragraphs += book->timings.paragraphs * 1000;
  phases->pages += book->timings.pages * 1000;
  phases->compose += book->timings.compose * 1000;
  start = Clock::now();
  Result<std::string> pdf = galley::render::RenderPdf(book->frames, book->faces, {});
  if (!pdf.ok()) {
    state.SkipWithError(pdf.error().ToString().c_str());
    return false;
  }
  phases->render += Milliseconds(start);
  phases->pages_made = book->frames.pages.size();
  phases->pdf_bytes = pdf->size();
  benchmark::DoNotOptimize(pdf);
  return true;
}

void Book(benchmark::State& state, const char* manuscript) {
  RealFileSystem fs;
  if (!fs.Exists(manuscript) || !fs.Exists(kTemplate)) {
    state.SkipWithError((std::string(manuscript) + " or " + kTemplate + " is missing: run from "
                         "the repository root (and bench/make-long-book.sh for the long book)")
                            .c_str());
    return;
  }
  Phases phases;
  for (auto _ : state) {
    if (!MakePdf(state, manuscript, &phases)) return;
  }
  double runs = static_cast<double>(state.iterations());
  state.counters["pages"] = static_cast<double>(phases.pages_made);
  state.counters["pages_per_s"] = benchmark::Counter(
      static_cast<double>(phases.pages_made) * runs, benchmark::Counter::kIsRate);
  state.counters["parse_ms"] = phases.parse / runs;
  state.counters["setup_ms"] = phases.setup / runs;
  state.counters["paragraphs_ms"] = phases.paragraphs / runs;
  state.counters["pages_ms"] = phases.pages / runs;
  state.counters["compose_ms"] = phases.compose / runs;
  state.counters["render_ms"] = phases.render / runs;
  state.counters["pdf_kB"] = phases.pdf_bytes / 1024.0;
  state.counters["peak_MB"] = PeakMegabytes();
}

void BM_PdfPamphlet(benchmark::State& state) { Book(state, kPamphlet); }
void BM_PdfLongBook(benchmark::State& state) { Book(state, kLongBook); }

BENCHMARK(BM_PdfPamphlet)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PdfLongBook)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3);

}  // namespace

BENCHMARK_MAIN();
