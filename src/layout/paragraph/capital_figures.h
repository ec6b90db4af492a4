// Figures among capitals. A book set with old-style figures (features.oldstyle-figures) wants
// them in running text, where they sit like lower case; beside full capitals they sink and
// look too small ("KRONSTADT 21", "53A Westmoreland Road"), so there the figures are set
// lining, with case-sensitive punctuation (OpenType lnum + case), as a compositor would.
//
// A word (between spaces) is among capitals when its letters are all capitals ("53A",
// "1921–KRONSTADT"), or, having no letters ("21", "1921,"), when the nearest word before it
// with two letters or more, not a short Roman numeral ("Section II. 1889"), is all capitals
// (or, at the start, the nearest after it). Small
// capitals keep the text's figures: old-style figures stand at about small-cap height, which
// is why books pair them.
#pragma once

#include "layout/paragraph/styled_text.h"
#include "layout/paragraph/text_style.h"

namespace galley::layout {

// Restyles the words of `text` that hold figures and stand among capitals with their style's
// `capitals` variant. Nothing changes in text whose styles do not use old-style figures.
void SetFiguresAmongCapitals(StyledText* text, StyleTable* styles);

}  // namespace galley::layout
