// The word-level difference between two versions of a paragraph's text, as wdiff shows it:
// the words both have, and the ones removed and added between them.
#pragma once

#include <string>
#include <vector>

#include "proof/comparison.h"
#include "proof/words.h"

namespace galley::proof {

std::vector<WordChange> DiffWords(const std::vector<Word>& before, const std::vector<Word>& after);

// Words of a word diff in wdiff's notation, "[-removed-] {+added+}". With `context` set, only
// that many unchanged words are kept around each change and the rest become "…".
std::string FormatWordChanges(const std::vector<WordChange>& words, size_t context);

}  // namespace galley::proof
