#include "clean/clean_rules.h"

namespace galley {

const std::vector<CleanRule>& CleanRules() {
  static const std::vector<CleanRule> rules = {
      {rule::kCorrection, "the editor's fixes from corrections.tsv, applied first"},
      {rule::kNoiseLine, "lines of only punctuation, dots, dashes and spaces removed"},
      {rule::kStrayNumber, "lines of only digits (not folios) removed"},
      {rule::kFolio, "folios became print page markers <pb n=\"…\"/>"},
      {rule::kSceneBreak, "an asterisk alone on its line became a scene break * * *"},
      {rule::kEmphasis, "underlined or italic text became *emphasis*"},
      {rule::kPageJoin, "a paragraph broken off at a page break joined to its continuation"},
      {rule::kHeadingLevel, "heading levels: level 1 stays, every deeper heading becomes 2"},
      {rule::kStructure, "structure.tsv: moves, heading levels, lead-ins, divisions"},
      {rule::kRunTogether, "two dictionary words run together split"},
      {rule::kMisplacedHyphen, "a hyphen moved to where the dictionary's compound has it"},
      {rule::kFrequentWord, "an unknown word one letter away from a frequent word"},
      {rule::kAccent, "accents restored on loanwords whose accented form is standard"},
      {rule::kEllipsis, "three dots became an ellipsis"},
      {rule::kDash, "dashes set as spaced en dashes"},
      {rule::kRange, "number ranges set with an en dash"},
      {rule::kQuotes, "straight quotes became curly quotes and apostrophes"},
  };
  return rules;
}

}  // namespace galley
