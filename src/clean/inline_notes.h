// Notes a Project Gutenberg transcriber set inside the paragraph, where the book's reference
// mark stood, without a label: `…im Ratskeller [Fußnote: Oder Rathauskeller.] am alten
// Eichentisch…`. The Distributed Proofreaders write `[Footnote: …]`; German transcriptions
// `[Fußnote: …]` (or `Fussnote`). The bracket becomes a note reference on the word before it
// and its text a note of its own. A bracket that opens its paragraph refers to no word and
// stays text.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "clean/blocks.h"
#include "clean/review.h"

namespace galley {

// Takes the inline notes out of `block`'s text: each is replaced by a reference mark labelled
// `next_label()` and returned as a note block with that label, in reading order. Each is
// recorded in `review` under the "note" rule.
std::vector<Block> TakeInlineNotes(Block* block, const std::function<std::string()>& next_label,
                                   Review* review);

}  // namespace galley
