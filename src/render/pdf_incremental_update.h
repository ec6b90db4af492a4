// Writing PdfAdditions into a finished PDF as an incremental update (ISO 32000-1 §7.5.6): the
// original bytes stay exactly as they are, and after them come new versions of the objects
// that change — the catalog (with /Lang and /PageLabels), the Info dictionary (with the dates)
// and, with boxes, every page object (with /TrimBox, /BleedBox and, when tagged, /Tabs /S) —
// then a cross-reference section listing exactly those objects (§7.5.4) and a trailer carrying
// the previous trailer's entries plus /Prev, the offset of the previous table (§7.5.5). A
// reader takes the newest version of each object; a signature or checksum over the original
// bytes would still hold.
//
// The input must end with a classic cross-reference table, its objects uncompressed, as Cairo
// 1.16 writes it (pdf_objects.h); anything else is an internal error, never a guess.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "render/pdf_additions.h"

namespace galley::render {

// Appends the update to `pdf`. Nothing is appended when `additions` asks for nothing, and on
// error `pdf` is unchanged. Errors (kInternal): the file cannot be read as above, has no
// /Info to date, or has a different number of pages than additions.pages.
Status AppendIncrementalUpdate(std::string& pdf, const PdfAdditions& additions);

// The bytes AppendIncrementalUpdate appends to `pdf` (empty when nothing is asked for): for a
// PDF written to a file as Cairo made it, read back without copying it into memory.
Result<std::string> IncrementalUpdate(std::string_view pdf, const PdfAdditions& additions);

}  // namespace galley::render
