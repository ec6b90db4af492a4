// Notes in a Project Gutenberg text: a reference `[1]` (or `[A]`, `[*]`) in the text, and the
// note's text further on — a paragraph starting "[1] " (the transcriber kept the book's notes
// at the chapter's end) or a `[Footnote 1: …]` block (gutenberg_lines.h). Each reference goes to
// the first note text with its label after it; the note gets a label unique in the book, the
// reference becomes a note reference mark and the note text a note. A "FOOTNOTES:" line right
// before a note is the transcriber's, and goes. A note text nothing refers to stays a
// paragraph, and a reference with no note text after it stays text; both are doubts. A note
// set inside its paragraph without a label (`[Footnote: …]`) is taken out there
// (inline_notes.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/blocks.h"
#include "clean/review.h"

namespace galley {

void LinkNotes(std::vector<Block>* blocks, Review* review);

// A note's opening words, as the review shows them: at most 50 bytes, cut at a space, "…" after.
std::string NoteOpening(std::string_view text);

}  // namespace galley
