// Heading levels as the OCR guessed them from type sizes are unreliable: Kronstadt 21's
// section headings, all of one rank, came out as `##` and `####`. The rule: a level-1 heading
// (the title of a text) stays; every deeper heading becomes level 2. structure.tsv's
// `heading-level` directive sets any heading's level where a text really has deeper ranks.
#pragma once

#include <vector>

#include "clean/blocks.h"
#include "clean/review.h"

namespace galley {

// Applies the rule to every heading in `blocks`, recording each change.
void NormaliseHeadingLevels(std::vector<Block>* blocks, Review* review);

// How a heading of `level` is written: "## " for 2.
std::string HeadingPrefix(int level);

}  // namespace galley
