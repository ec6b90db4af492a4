// What the print PDF needs beyond what Cairo 1.16 can write (docs/render.md, "What Cairo 1.16
// cannot write"), decided from the frames and the print options: the catalog's /Lang and page
// labels, Info dates in the form ISO 32000-1 gives them, and each page's TrimBox and BleedBox.
// pdf_incremental_update.h writes them into the finished file.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "frames/page_frame.h"
#include "render/press_sheets.h"
#include "render/print_options.h"

namespace galley::render {

struct PdfBox {  // a rectangle in default user space: points, origin at the bottom left (§7.9.5)
  double left = 0, bottom = 0, right = 0, top = 0;
};

struct PageBoxes {  // page boundaries (§14.11.2); the MediaBox is Cairo's
  PdfBox bleed;     // what the press prints: the trim grown by the bleed
  PdfBox trim;      // the finished page after cutting
};

struct PdfAdditions {
  std::string language;          // the catalog's /Lang (§14.9.2.1), BCP 47; empty: none
  std::string creation_date;     // Info's /CreationDate as a PDF date (§7.9.4); empty: kept
  std::string mod_date;          // Info's /ModDate, likewise
  std::vector<PageBoxes> pages;  // one per PDF page, in order; empty: pages kept as they are
  std::string page_labels;       // the catalog's /PageLabels number tree (page_labels.h); empty: none
  // Each page's /Tabs /S: a screen reader tabs through links in structure order (PDF/UA-1
  // §7.18.3 asks it of every page with annotations). Set for tagged output, with `pages`.
  bool tabs_in_structure_order = false;
  // Tagged output: content drawn outside every structure element (running heads, folios,
  // margin numbers, ornaments, crop marks) is marked /Artifact in the pages' content streams.
  bool mark_artifacts = false;
  // The language of every Span structure element the painter began, in order: a passage's tag
  // (its element gets /Lang, span_languages.h) or empty (the book's language).
  std::vector<std::string> span_languages;
  // For every structure element Cairo was given as "H", in order: whether it is the book's
  // title, whose type becomes PDF 2.0's /Title with a role map to /H (title_elements.h).
  std::vector<bool> titles;
};

// The additions for `sheets` (PlanSheets(document, options)). Every page gets its boxes — a
// RIP (and PDF/X) looks for a TrimBox on each page even where it equals the MediaBox:
//  - one frame per page: the trim is the frame where the sheet shows it; the bleed box is the
//    trim grown by options.bleed on every side (the MediaBox adds the slug for crop marks);
//  - booklet sides: two pages share a sheet and no single trim exists, so the trim and bleed
//    boxes are the whole sheet (the MediaBox).
// Page labels are the sheets' labels; booklet sides have none, and, being untagged, no tab
// order either.
// Errors (kInternal): a language that is not a BCP 47 tag (ASCII letters, digits, hyphens), a
// missing or malformed creation date.
Result<PdfAdditions> DecidePdfAdditions(const frames::DocumentFrames& document,
                                        const PrintOptions& options,
                                        const std::vector<Sheet>& sheets);

// "2026-11-25T00:00:00Z" → "D:20261125000000Z"; "+01:00" → "+01'00" (§7.9.4); a date without
// a zone stays without one. Empty if `iso_date` is not a date IsPdfMetadataDate accepts.
std::string PdfDate(const std::string& iso_date);

}  // namespace galley::render
