// The document-level parts of the PDF that Cairo 1.16 can write: the Info dictionary
// (cairo_pdf_surface_set_metadata) and the outline (cairo_pdf_surface_add_outline).
#pragma once

#include <cairo-pdf.h>

#include <vector>

#include "base/result.h"
#include "frames/page_frame.h"

namespace galley::render {

// Title, Author, Subject, Keywords, Creator (empty ones are left out) and the two dates. The
// creation date is required: left unset, Cairo writes the current time and no two runs give
// the same bytes. The modification date defaults to it. Dates are ISO 8601 as Cairo 1.16
// reads them: "YYYY-MM-DDThh:mm:ss" followed by "Z", "+hh:mm", "-hh:mm" or nothing.
Status SetPdfMetadata(cairo_surface_t* surface, const frames::PdfMetadata& metadata);

// Bookmarks in reading order, each nested under the nearest earlier entry of a lower level
// (a level-3 entry after a level-1 entry goes under it). All are open.
void AddPdfOutline(cairo_surface_t* surface, const std::vector<frames::OutlineEntry>& outline);

// Whether `date` is in the form SetPdfMetadata accepts.
bool IsPdfMetadataDate(const std::string& date);

}  // namespace galley::render
