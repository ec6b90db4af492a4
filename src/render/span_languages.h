// /Lang on the structure elements of passages in another language (ISO 32000-1 §14.9.2.2), for
// the incremental update: Cairo 1.16's cairo_tag_begin takes no attributes for a Span, so the
// painter records the language of every Span it begins, in order, and this finds those Span
// elements in Cairo's structure tree — a pre-order walk of /K from /StructTreeRoot meets them
// in the order they were begun — and gives the ones in another language their /Lang.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "render/pdf_objects.h"

namespace galley::render {

// New versions of the Span elements whose entry in `languages` (one per Span the painter
// began, in order; empty: the book's language) is not empty, appended to `changed`. Errors
// (kInternal): no structure tree, or another number of Span elements than `languages` has.
Status AddSpanLanguages(const PdfObjects& objects, const std::vector<std::string>& languages,
                        std::vector<PdfObject>& changed);

// The structure tree's root (the catalog's /StructTreeRoot); an error when there is none.
Result<PdfObject> StructTreeRoot(const PdfObjects& objects);
// The structure elements whose /S is `type` ("/Span"), in pre-order from the root: the order
// in which the painter began them.
Result<std::vector<PdfObject>> StructElementsOfType(const PdfObjects& objects,
                                                    std::string_view type);

// The object references among a /K value's kids ("12 0 R", "[ 0 12 0 R << /Type /MCR /Pg 3 0 R
// /MCID 1 >> ]"): marked-content ids and the dictionaries of marked-content references are
// not elements, and a /Pg inside one is no kid.
std::vector<PdfReference> KidReferences(std::string_view value);

}  // namespace galley::render
