// A word hyphenated across a page turn, read whole where it starts. A reader who copies or
// searches the text, a screen reader and pdftotext meet the running head and folio of the next
// page between "Hei-" and "terkeit", so the word would be lost to them. The frames' run text is
// what the glyphs read as (render writes it as /ActualText where it differs from the glyphs):
// the hyphen and the letter before it read as the rest of the word ("i-" as "iterkeit"; a
// written hyphen stays: "e-" as "e-dance"), and the rest on the next page reads as nothing.
// What is printed does not change.
#pragma once

#include "layout/paragraph/line_setter.h"

namespace galley::layout {

// `before_turn`, the last line on a page, ends with a hyphen inside a word whose rest begins
// `after_turn`, the first line of the next page: its last run reads as the whole word. Lines
// whose hyphen does not end a run of at least two glyphs are left as they are; `read_whole`
// says whether it was done.
void ReadWordWholeBeforeTurn(const SetLine& after_turn, SetLine* before_turn);

// The first line after a turn where the line before was read whole: the rest of the word (its first run's text up to the first
// space) reads as nothing, the space after it as itself.
void DropWordRestAfterTurn(SetLine* after_turn);

}  // namespace galley::layout
