// Running a pass on words or typography (a function from a paragraph's text to a TextFix) over
// every paragraph and heading: the marks move along with its edits, and each edit and doubt is
// recorded for the review with its source line and the words around it.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "clean/blocks.h"
#include "clean/review.h"
#include "typography/text_edit.h"

namespace galley {

using TextPass = std::function<TextFix(std::string_view text)>;

void RunTextPass(std::string_view rule, const TextPass& pass, std::vector<Block>* blocks,
                 Review* review);

// Records the edits and doubts of `fix` (made on `block`'s text) under `rule`, then applies the
// edits to the block.
void ApplyTextFix(std::string_view rule, const TextFix& fix, Block* block, Review* review);

}  // namespace galley
