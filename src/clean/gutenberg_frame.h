// Project Gutenberg's frame around a book: the header (the ebook's title lines, its licence
// summary and the "*** START OF THE PROJECT GUTENBERG EBOOK …" line, or in older files the
// small print ending "*END*THE SMALL PRINT!"), the producers' credit right after it ("Produced
// by …", or a paragraph crediting the Distributed Proofreaders), and the footer (from "End of the Project Gutenberg EBook …" or "*** END OF THE
// PROJECT GUTENBERG EBOOK …" to the end: the full licence). None of it is the book; the source
// file keeps it (it is the download, byte for byte), and `galley clean` leaves it out and
// reports each part with its lines.
#pragma once

#include <vector>

#include "clean/review.h"
#include "clean/source_text.h"

namespace galley {

// Whether `lines` hold Project Gutenberg's start line (or the old small print's end).
bool HasGutenbergStart(const std::vector<SourceLine>& lines);

// Removes the header, credit and footer from `lines`, recording each. When there is no start
// line, records a doubt and removes only the footer.
void RemoveGutenbergFrame(std::vector<SourceLine>* lines, const std::string& source,
                          Review* review);

}  // namespace galley
