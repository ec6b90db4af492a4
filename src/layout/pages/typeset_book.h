// The layout stage's entry point: the content model and a print template in, page frames out
// (every mark with its role, the outline and PDF metadata the renderer needs, the template's
// settings and the fonts by id), the loaded fonts that draw them, and the warnings a
// typesetter should hear about (overfull lines).
//
// Book makeup: title page and imprint, contents, each division from a new page (front matter
// and body on a right-hand page), running heads (verso: the book's title, recto: the current
// section; none on an opening page), folios, the original edition's page numbers in the outer
// margin with named destinations, bookmarks for every heading, links from the contents.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "frames/font_table.h"
#include "frames/page_frame.h"
#include "layout/template/font_set.h"
#include "layout/template/print_template.h"
#include "model/document.h"

namespace galley::layout {

struct TypesetOptions {
  // SOURCE_DATE_EPOCH (reproducible-builds.org), when set: the PDF's dates. Otherwise the
  // manuscript's date is used, so that the same inputs always give the same bytes.
  std::optional<int64_t> source_date_epoch;
  // Where hyphenation patterns are read from and their compiled form cached.
  hyphen::PatternSource patterns;
  // Called with the number of pages made so far each time a page is added: for a progress
  // display on a long book. May be empty.
  std::function<void(int pages)> on_page;
  // Keep each page's items in a temporary file once the page is finished (frames/page_spill.h)
  // instead of in TypesetBook::frames, which then holds the pages' sizes, labels and kinds
  // only: a long book's frames are never all in memory. Read the pages through
  // frames/page_reader.h.
  bool spill_pages = false;
};

// Where the time went, for bench/README.md.
struct TypesetTimings {  // seconds
  double setup = 0;       // hyphenation patterns, ICU's line breaker
  double paragraphs = 0;  // items, shaping, hyphenation and line breaking
  double pages = 0;       // page building, paragraph variants, setting the chosen lines
  double compose = 0;     // frames, furniture, margin numbers (and spilling them)
  size_t shaped_words = 0, shape_cache_hits = 0;
};

struct TypesetBook {
  frames::DocumentFrames frames;
  frames::FontFaces faces;  // the loaded font of each of frames.fonts
  std::vector<Error> warnings;
  TypesetTimings timings;
};

Result<TypesetBook> TypesetDocument(const model::Document& document,
                                    const PrintTemplate& print_template, const FontSet& fonts,
                                    const TypesetOptions& options);

// The PDF's creation date, "2026-11-25T00:00:00Z": SOURCE_DATE_EPOCH (options), else the
// front matter's `date` (YYYY, YYYY-MM or YYYY-MM-DD, completed to a day). Never the clock, so
// that builds are reproducible: a manuscript with neither is an error, as for the EPUB.
Result<std::string> PdfDate(const TypesetOptions& options, const model::Document& document);

}  // namespace galley::layout
