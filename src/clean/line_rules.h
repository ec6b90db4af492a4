// What a line of OCR text is, judged from the line alone. Each predicate is one rule of
// `galley clean` (docs/corrections.md, "Rules"); the block builder asks them in the order below.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace galley {

// A heading the OCR marked with `#`: "#### THE PARTY REFLEX" → level 4, "THE PARTY REFLEX".
// Trailing `#`s (CommonMark's closing sequence) are dropped.
struct HeadingLine {
  int level = 0;
  std::string text;
};
std::optional<HeadingLine> ParseHeadingLine(std::string_view line);

// A folio, the page number typed centred between dashes at the head of a page: "- 6 -", "-7-",
// "– 12 –". Returns its label ("6"). Digits or lower-case roman numerals.
std::optional<std::string> FolioLabel(std::string_view line);

// An asterisk (escaped or not) alone on its line, or a row of them: "\*", "*", "* * *", "***".
// The OCR's sign of a scene break.
bool IsSceneBreakLine(std::string_view line);

// A line of only digits: "6912". Not text: a stray number from the scan (a catalogue number,
// a stamp). Folios have dashes around them and are recognised before this.
bool IsStrayNumberLine(std::string_view line);

// A line of only punctuation (dots, dashes, middle dots…) and spaces: ".", "-", "· · · ·",
// "....", ". .". Specks and rules on the page that OCR read as characters.
bool IsNoiseLine(std::string_view line);

}  // namespace galley
