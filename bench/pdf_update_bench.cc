// What RenderPdf's incremental update costs (docs/render.md, "After Cairo: the incremental
// update"). The pamphlet or the long book (bench/make-long-book.sh) is typeset and drawn by
// Cairo once; then each iteration decides the additions (from sheets planned once, as
// RenderPdf does) and appends the update — /Lang, the dates and, for every page, a new page
// object with TrimBox and BleedBox — to a fresh copy of Cairo's bytes. The copy is made
// outside the timing; it has no spare capacity, so every iteration also pays for the string
// growing (the worst case RenderPdf can meet).
// Run from the repository root: build/bench/pdf_update_bench. Counters: the page count, the
// size of Cairo's file and of the update.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "fonts/font_library.h"
#include "io/file_system.h"
#include "layout/pages/typeset_book.h"
#include "layout/template/font_set.h"
#include "manuscript/manuscript_parser.h"
#include "render/pdf_additions.h"
#include "render/pdf_incremental_update.h"
#include "render/press_sheets.h"
#include "render/render_pdf.h"

namespace {

using galley::Result;
namespace render = galley::render;

constexpr const char* kPamphlet = "content/kronstadt-21/manuscript.md";
constexpr const char* kLongBook = "out/long-book/manuscript.md";
constexpr const char* kTemplate = "templates/print/default.template";

void PdfUpdate(benchmark::State& state, const char* manuscript, render::PrintOptions options) {
  galley::RealFileSystem fs;
  Result<galley::model::Document> document = galley::manuscript::LoadManuscript(fs, manuscript);
  if (!document.ok()) {
    state.SkipWithError((document.error().ToString() + " (run bench/make-long-book.sh from the "
                                                       "repository root)").c_str());
    return;
  }
  auto print_template = galley::layout::LoadPrintTemplate(fs, kTemplate);
  auto library = galley::fonts::FontLibrary::Create();
  if (!print_template.ok() || !library.ok()) {
    state.SkipWithError("the default template or the font library failed to load");
    return;
  }
  auto fonts = galley::layout::LoadTemplateFonts(**library, fs, *print_template);
  if (!fonts.ok()) {
    state.SkipWithError(fonts.error().ToString().c_str());
    return;
  }
  auto book = galley::layout::TypesetDocument(*document, *print_template, *fonts, {});
  if (!book.ok()) {
    state.SkipWithError(book.error().ToString().c_str());
    return;
  }
  Result<std::string> cairo = render::RenderCairoPdf(book->frames, book->faces, options);
  if (!cairo.ok()) {
    state.SkipWithError(cairo.error().ToString().c_str());
    return;
  }
  // RenderPdf plans the sheets once, for Cairo and the update alike: not timed here.
  Result<std::vector<render::Sheet>> sheets = render::PlanSheets(book->frames, options);
  size_t update_bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::string pdf = *cairo;
    state.ResumeTiming();
    Result<render::PdfAdditions> additions =
        render::DecidePdfAdditions(book->frames, options, *sheets);
    galley::Status appended = render::AppendIncrementalUpdate(pdf, *additions);
    if (!appended.ok()) {
      state.SkipWithError(appended.error().ToString().c_str());
      return;
    }
    update_bytes = pdf.size() - cairo->size();
    benchmark::DoNotOptimize(pdf);
  }
  state.counters["pages"] = static_cast<double>(book->frames.pages.size());
  state.counters["cairo_kB"] = static_cast<double>(cairo->size()) / 1024;
  state.counters["update_kB"] = static_cast<double>(update_bytes) / 1024;
}

const render::PrintOptions kPress{.bleed = 3 * 72 / 25.4, .crop_marks = true};

BENCHMARK_CAPTURE(PdfUpdate, pamphlet, kPamphlet, render::PrintOptions{})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(PdfUpdate, long_book, kLongBook, render::PrintOptions{})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(PdfUpdate, long_book_bleed_and_marks, kLongBook, kPress)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
