// The word-level difference between two versions of a paragraph's text, as wdiff shows it:
// the words both have, and the ones removed and added between them.
#pragma once

#include <vector>

#include "proof/comparison.h"
#include "proof/words.h"

namespace galley::proof {

std::vector<WordChange> DiffWords(const std::vector<Word>& before, const std::vector<Word>& after);

}  // namespace galley::proof
