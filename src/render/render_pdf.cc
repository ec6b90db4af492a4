#include "render/render_pdf.h"

#include <cairo-pdf.h>

#include <memory>

#include "frames/page_reader.h"
#include "render/cairo_font_faces.h"
#include "render/crop_marks.h"
#include "render/frame_check.h"
#include "render/frame_painter.h"
#include "render/link_targets.h"
#include "render/pdf_additions.h"
#include "render/pdf_document_info.h"
#include "render/pdf_incremental_update.h"
#include "render/press_sheets.h"
#include "render/subset_faces.h"

namespace galley::render {

namespace {

struct SurfaceDestroyer {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDestroyer {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceDestroyer>;
using ContextPtr = std::unique_ptr<cairo_t, ContextDestroyer>;

Error CairoError(const std::string& what, cairo_status_t status) {
  return InternalError("Cairo failed " + what + ": " + cairo_status_to_string(status));
}

// Cairo's output callback (cairo_write_func_t) into a PdfSink. The sink's first error is kept:
// Cairo only learns that writing failed, and then reports a write error of its own.
struct SinkWriter {
  PdfSink* sink;
  Status status;

  static cairo_status_t Write(void* closure, const unsigned char* data, unsigned int length) {
    SinkWriter& writer = *static_cast<SinkWriter*>(closure);
    if (!writer.status.ok()) return CAIRO_STATUS_WRITE_ERROR;
    writer.status =
        writer.sink->Append(std::string_view(reinterpret_cast<const char*>(data), length));
    return writer.status.ok() ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
  }
};

// Draws one sheet; the caller shows the page afterwards. `pages` reads the book's pages.
Status DrawSheet(const frames::DocumentFrames& document, const Sheet& sheet,
                 const PrintOptions& options, frames::PageReader& pages, FramePainter& painter,
                 cairo_t* cr) {
  if (sheet.crop_marks) {
    const Placement& placement = sheet.placements.front();
    const frames::PageFrame& page = document.pages[placement.page];
    DrawCropMarks(cr, placement.x, placement.y, page.width, page.height, options.bleed);
  }
  for (const Placement& placement : sheet.placements) {
    if (placement.page < 0) continue;
    Result<const frames::PageFrame*> read = pages.Page(placement.page);
    if (!read.ok()) return read.take_error();
    const frames::PageFrame& page = **read;
    cairo_save(cr);
    if (sheet.clip_to_trim) {
      cairo_rectangle(cr, placement.x, placement.y, page.width, page.height);
      cairo_clip(cr);
    }
    Status painted = painter.Paint(page, placement.page + 1, placement.x, placement.y);
    cairo_restore(cr);
    GALLEY_RETURN_IF_ERROR(painted);
  }
  return Status::Ok();
}

// The sheets to draw and the face each glyph is drawn with (subset_faces.h), once the options
// and the frames are known to be usable: one pass over the pages (a spilled book's are read
// back one at a time, which costs as much as the checks) checks each page's frame and
// destinations and counts its glyphs.
struct CheckedBook {
  std::vector<Sheet> sheets;
  SubsetFaces subset_faces;
};

Result<CheckedBook> CheckedSheets(const frames::DocumentFrames& document,
                                  const frames::FontFaces& fonts, const PrintOptions& options) {
  Result<std::vector<Sheet>> sheets = PlanSheets(document, options);
  if (!sheets.ok()) return sheets.take_error();
  DestinationCheck destinations;
  SubsetFaces::Counter glyphs;
  frames::PageReader pages(document);
  for (size_t i = 0; i < document.pages.size(); ++i) {
    Result<const frames::PageFrame*> page = pages.Page(i);
    if (!page.ok()) return page.take_error();
    GALLEY_RETURN_IF_ERROR(destinations.AddPage(i, **page));
    GALLEY_RETURN_IF_ERROR(CheckPageFrame(**page, static_cast<int>(i) + 1, fonts));
    glyphs.CountPage(**page);
  }
  GALLEY_RETURN_IF_ERROR(destinations.Finish(document));
  return CheckedBook{std::move(*sheets), glyphs.Faces()};
}

// Cairo's PDF of the sheets into `sink`. `span_languages`, when given, gets the language of
// every Span element begun, and `titles` whether each heading element is a title
// (frame_painter.h). `released`, when given, is `document` itself: each page's items are freed
// once its sheet is shown (every page is on one sheet).
Status DrawSheets(const frames::DocumentFrames& document, const frames::FontFaces& fonts,
                  const PrintOptions& options, const std::vector<Sheet>& sheets,
                  SubsetFaces subset_faces, PdfSink& sink,
                  std::vector<std::string>* span_languages = nullptr,
                  std::vector<bool>* titles = nullptr,
                  frames::DocumentFrames* released = nullptr) {
  SinkWriter writer{&sink, Status::Ok()};
  CairoFontFaces faces;  // declared first: Cairo's surface is done with the faces before they go
  SurfacePtr surface(cairo_pdf_surface_create_for_stream(SinkWriter::Write, &writer,
                                                         sheets.front().width,
                                                         sheets.front().height));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return CairoError("creating the PDF", cairo_surface_status(surface.get()));
  }
  GALLEY_RETURN_IF_ERROR(SetPdfMetadata(surface.get(), document.metadata));
  ContextPtr cr(cairo_create(surface.get()));

  // An imposed sheet side holds two pages out of reading order: its structure would read
  // wrongly, so the imposed proof is untagged.
  const bool tagged = options.imposition == PrintOptions::Imposition::kNone;
  FramePainter painter(cr.get(), fonts, faces,
                       {.tagged = tagged, .annotations = true, .links = tagged},
                       std::move(subset_faces));
  frames::PageReader pages(document);
  // One Document element for the whole book; Cairo carries open elements across pages.
  if (tagged) cairo_tag_begin(cr.get(), "Document", nullptr);
  for (size_t i = 0; i < sheets.size(); ++i) {
    const Sheet& sheet = sheets[i];
    if (i > 0) cairo_pdf_surface_set_size(surface.get(), sheet.width, sheet.height);
    GALLEY_RETURN_IF_ERROR(DrawSheet(document, sheet, options, pages, painter, cr.get()));
    if (tagged && i + 1 == sheets.size()) cairo_tag_end(cr.get(), "Document");  // on the last page
    cairo_show_page(cr.get());
    sink.SheetDrawn(static_cast<int>(i) + 1, static_cast<int>(sheets.size()));
    if (released == nullptr) continue;
    for (const Placement& placement : sheet.placements) {
      if (placement.page < 0) continue;
      std::vector<frames::FrameItem>().swap(released->pages[placement.page].items);
    }
  }
  AddPdfOutline(surface.get(), document.outline);
  if (span_languages != nullptr) *span_languages = painter.span_languages();
  if (titles != nullptr) *titles = painter.titles();

  if (!writer.status.ok()) return writer.status;
  if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
    return CairoError("drawing the PDF", cairo_status(cr.get()));
  }
  cr.reset();
  cairo_surface_finish(surface.get());
  if (!writer.status.ok()) return writer.status;
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return CairoError("writing the PDF", cairo_surface_status(surface.get()));
  }
  return Status::Ok();
}

// RenderPdfTo, and RenderPdfReleasingPages when `released` is `document` itself.
Status RenderInto(const frames::DocumentFrames& document, const frames::FontFaces& fonts,
                  const PrintOptions& options, PdfSink& sink,
                  frames::DocumentFrames* released) {
  Result<CheckedBook> book = CheckedSheets(document, fonts, options);
  if (!book.ok()) return book.take_error();
  std::vector<std::string> span_languages;
  std::vector<bool> titles;
  GALLEY_RETURN_IF_ERROR(DrawSheets(document, fonts, options, book->sheets,
                                    std::move(book->subset_faces), sink, &span_languages,
                                    &titles, released));
  Result<PdfAdditions> additions = DecidePdfAdditions(document, options, book->sheets);
  if (!additions.ok()) return additions.take_error();
  additions->span_languages = std::move(span_languages);
  additions->titles = std::move(titles);
  Result<std::string_view> written = sink.Written();
  if (!written.ok()) return written.take_error();
  Result<std::string> update = IncrementalUpdate(*written, *additions);
  if (!update.ok()) return update.take_error();
  return sink.Append(*update);
}

}  // namespace

Result<std::string> RenderCairoPdf(const frames::DocumentFrames& document,
                                   const frames::FontFaces& fonts, const PrintOptions& options) {
  Result<CheckedBook> book = CheckedSheets(document, fonts, options);
  if (!book.ok()) return book.take_error();
  StringPdfSink sink;
  GALLEY_RETURN_IF_ERROR(DrawSheets(document, fonts, options, book->sheets,
                                    std::move(book->subset_faces), sink));
  return sink.Take();
}

Status RenderPdfTo(const frames::DocumentFrames& document, const frames::FontFaces& fonts,
                   const PrintOptions& options, PdfSink& sink) {
  return RenderInto(document, fonts, options, sink, nullptr);
}

Status RenderPdfReleasingPages(frames::DocumentFrames& document, const frames::FontFaces& fonts,
                               const PrintOptions& options, PdfSink& sink) {
  return RenderInto(document, fonts, options, sink, &document);
}

Result<std::string> RenderPdf(const frames::DocumentFrames& document,
                              const frames::FontFaces& fonts, const PrintOptions& options) {
  StringPdfSink sink;
  GALLEY_RETURN_IF_ERROR(RenderPdfTo(document, fonts, options, sink));
  return sink.Take();
}

}  // namespace galley::render
