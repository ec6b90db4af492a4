// The print PDF: every page frame drawn with Cairo 1.16 into PDF bytes, then an incremental
// update adding what Cairo 1.16 cannot write, or writes wrongly (/Lang, page labels, TrimBox
// and BleedBox, dates with "D:"; pdf_incremental_update.h). What it promises and Cairo's
// remaining limits: docs/render.md.
//
//  - Text: glyphs with cluster maps, so pdftotext gives back the run's text (a ligature copies
//    out as its letters); fonts embedded as subsets with ToUnicode maps.
//  - Structure: one Document element holds every page's tags (Tagged PDF with /StructTreeRoot
//    and /MarkInfo); Artifact content stays out of the structure.
//  - Navigation: named destinations (/Dests), link annotations, outline nested by level, page
//    labels from PageFrame::label (typed by layout).
//  - Metadata from PdfMetadata with explicit dates: the same frames give the same bytes. The
//    catalog's /Lang comes from DocumentFrames::language.
//  - Page boundaries: each page's TrimBox is its frame on the sheet and its BleedBox the trim
//    grown by the bleed (an imposed sheet's boxes are the whole sheet).
//  - Print options (print_options.h): bleed and crop marks grow each PDF page around its
//    frame; booklet imposition puts two frames on each A4 landscape side, without structure
//    tags or page labels (an imposed proof is for printing), with links, destinations and
//    outline still pointing at the sheet that shows each page.
#pragma once

#include <string>

#include "base/result.h"
#include "frames/font_table.h"
#include "frames/page_frame.h"
#include "render/pdf_sink.h"
#include "render/print_options.h"

namespace galley::render {

// The PDF's bytes. Errors: bad print options (kInput), frames that break their contract —
// unbalanced or unknown tags, a link or bookmark to a missing destination, a glyph run
// without a font, no creation date, a language that is not a BCP 47 tag (kInternal) — or
// Cairo failing, or writing a file the update cannot read (kInternal; not expected from
// Cairo 1.16).
// `fonts` are the loaded fonts of the frames' font ids (TypesetBook::faces, or
// frames::LoadFontFaces for frames read back from a record).
Result<std::string> RenderPdf(const frames::DocumentFrames& document,
                              const frames::FontFaces& fonts, const PrintOptions& options);

// The same bytes into `sink` as Cairo writes them, the incremental update read from and
// appended to what was written (pdf_sink.h): `galley pdf` streams a book into its temporary file
// this way instead of holding the PDF in memory. Errors as RenderPdf's, and the sink's own.
Status RenderPdfTo(const frames::DocumentFrames& document, const frames::FontFaces& fonts,
                   const PrintOptions& options, PdfSink& sink);

// RenderPdfTo, freeing each page's items (its lines, glyphs and tags) as soon as its sheet is in
// the PDF: `galley pdf` holds a book's frames only until they are drawn. The pages keep their
// size, label and kind, but `document` cannot be drawn or recorded again.
Status RenderPdfReleasingPages(frames::DocumentFrames& document, const frames::FontFaces& fonts,
                               const PrintOptions& options, PdfSink& sink);

// What Cairo alone writes for the same frames: RenderPdf's bytes before the incremental
// update, which RenderPdf's output begins with. For tests and benchmarks of the update.
Result<std::string> RenderCairoPdf(const frames::DocumentFrames& document,
                                   const frames::FontFaces& fonts, const PrintOptions& options);

}  // namespace galley::render
