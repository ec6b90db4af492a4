// The PDF pipeline, to memory: a manuscript parsed (leniently), typeset with the shipped
// default template (layout: paragraphs, hyphenation, line breaking, pages) and drawn by Cairo
// with the incremental update (render), plus the layout record beside it. Input: a
// manuscript.md. A book of more than kMaxRenderedPages pages is typeset but not drawn, to keep
// each run in milliseconds (libFuzzer's -max_len keeps most inputs far below it anyway).
#include <cstddef>
#include <cstdint>
#include <optional>

#include "frames/record_writer.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/lenient_manuscript.h"
#include "fuzz/typeset_fixture.h"
#include "layout/template/font_set.h"
#include "layout/template/print_template.h"
#include "render/render_pdf.h"

namespace {

constexpr size_t kMaxRenderedPages = 12;

struct DefaultTemplate {
  galley::layout::PrintTemplate print_template;
  galley::layout::FontSet fonts;
};

const DefaultTemplate& Shipped() {
  using namespace galley;
  static const DefaultTemplate* shipped = [] {
    RealFileSystem fs;
    std::string path = fuzz::ProjectFile("templates/print/default.template");
    auto* loaded = new DefaultTemplate{fuzz::Required(layout::LoadPrintTemplate(fs, path, path)),
                                       {}};
    loaded->fonts = fuzz::Required(
        layout::LoadTemplateFonts(fuzz::FuzzFontLibrary(), fs, loaded->print_template));
    return loaded;
  }();
  return *shipped;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace galley;
  const DefaultTemplate& shipped = Shipped();
  std::optional<model::Document> document = fuzz::ParseLenientManuscript(data, size);
  if (!document) return 0;
  Result<layout::TypesetBook> book = layout::TypesetDocument(
      *document, shipped.print_template, shipped.fonts, fuzz::FuzzTypesetOptions());
  if (!book.ok()) {
    fuzz::ExpectInputError(book.error());
    return 0;
  }
  std::string record = frames::FormatRecord(book->frames);
  if (record.empty()) std::abort();
  if (book->frames.pages.size() > kMaxRenderedPages) return 0;
  Result<std::string> pdf = render::RenderPdf(book->frames, book->faces, render::PrintOptions{});
  if (!pdf.ok()) fuzz::ExpectInputError(pdf.error());
  return 0;
}
