// Accents that the OCR (or the typewriter, which had none) dropped from loanwords whose
// accented form is the standard English spelling (Merriam-Webster and the Oxford dictionaries
// list these first): "emigre" → "émigré", "emigrés" → "émigrés", "vis-a-vis" → "vis-à-vis".
// A word is restored when it equals a listed form with its accents taken away, case apart;
// its capitals are kept. Words with an unaccented English homograph (resume, expose, rose,
// pate) are not listed: only a person can tell which was meant. English only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/word_guess.h"

namespace galley {

// The listed forms (lower case), for docs and tests.
const std::vector<std::string_view>& AccentedLoanwords();

WordGuess GuessDroppedAccents(std::string_view word);

}  // namespace galley
