// structure.tsv's `drop` directive: source lines that are not part of the book (a table of
// contents with the original's page numbers, a transcriber's note, a publisher's advertisement)
// left out before any rule reads them. `drop FIRST LAST` leaves out the lines from FIRST's
// through LAST's paragraph (up to the next blank line); an anchor is either the text a line
// begins with (leading spaces ignored; it must begin exactly one line) or `@LINE`, which names
// that line alone. Each drop is recorded; one that matches nothing is an error at its anchor.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "clean/review.h"
#include "clean/source_text.h"
#include "clean/structure_file.h"

namespace galley {

Status ApplyDrops(const std::vector<StructureDirective>& directives, const std::string& file,
                  std::vector<SourceLine>* lines, Review* review);

}  // namespace galley
