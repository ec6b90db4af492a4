#include "clean/clean_rules.h"

namespace galley {
namespace {

constexpr SourceFormat kOcr = SourceFormat::kOcr;
constexpr SourceFormat kGutenberg = SourceFormat::kGutenberg;

CleanRule Editor(std::string_view name, std::string_view description,
                 std::vector<SourceFormat> off_for = {}) {
  return {name, description, RuleKind::kEditor, {}, std::move(off_for)};
}

CleanRule Rule(std::string_view name, std::string_view description,
               std::vector<SourceFormat> off_for = {}, std::string_view language = {}) {
  return {name, description, RuleKind::kDeterministic, language, std::move(off_for)};
}

CleanRule Guess(std::string_view name, std::string_view description,
                std::string_view language = {}) {
  return {name, description, RuleKind::kGuess, language, {}};
}

}  // namespace

const std::vector<CleanRule>& CleanRules() {
  static const std::vector<CleanRule> rules = {
      Editor(rule::kGutenberg, "the Project Gutenberg header, licence and footer, left out",
             {kOcr}),
      Editor(rule::kCorrection, "the editor's fixes from corrections.tsv, applied first"),
      Editor(rule::kDrop, "source lines structure.tsv drops"),
      Rule(rule::kNoiseLine, "lines of only punctuation, dots, dashes and spaces removed"),
      Rule(rule::kStrayNumber, "lines of only digits (not folios) removed", {kGutenberg}),
      Rule(rule::kFolio, "folios became print page markers <pb n=\"…\"/>"),
      Rule(rule::kSceneBreak, "an asterisk alone on its line became a scene break * * *"),
      Rule(rule::kIllustration, "illustration placeholders left out (a reprint has no images)",
           {kOcr}),
      Rule(rule::kHeading, "a line after three blank lines became a heading", {kOcr}),
      Rule(rule::kList, "bulleted and numbered lines became list items"),
      Rule(rule::kBlockQuote,
           "indented lines became a block quote, verse with its line breaks kept"),
      Rule(rule::kEmphasis, "underlined or italic text became *emphasis*"),
      Rule(rule::kNote, "note references and note texts became notes", {kOcr}),
      Rule(rule::kPageJoin, "a paragraph broken off at a page break joined to its continuation",
           {kGutenberg}),
      Rule(rule::kHeadingLevel, "heading levels: level 1 stays, every deeper heading becomes 2"),
      Editor(rule::kStructure, "structure.tsv: moves, heading levels, lead-ins, divisions"),
      Rule(rule::kHeadingCase,
           "headings typed in capitals set in their words' case (an editorial choice: rules-on)",
           {kOcr, kGutenberg}),
      Guess(rule::kBrokenHyphen,
            "a word hyphenated at a line's end joined as the dictionary spells it"),
      Guess(rule::kRunTogether, "two dictionary words run together split", "en"),
      Guess(rule::kMisplacedHyphen, "a hyphen moved to where the dictionary's compound has it",
            "en"),
      Guess(rule::kFrequentWord, "an unknown word one letter away from a frequent word"),
      Guess(rule::kAccent, "accents restored on loanwords whose accented form is standard", "en"),
      Rule(rule::kEllipsis, "three dots became an ellipsis"),
      Rule(rule::kDialogueDash, "typed dialogue dashes set as rayas (Spanish)", {}, "es"),
      Rule(rule::kDash, "dashes set as spaced en dashes"),
      Rule(rule::kRange, "number ranges set with an en dash"),
      Rule(rule::kQuotes, "straight quotes became curly quotes and apostrophes"),
  };
  return rules;
}

const CleanRule* FindCleanRule(std::string_view name) {
  for (const CleanRule& rule : CleanRules()) {
    if (rule.name == name) return &rule;
  }
  return nullptr;
}

}  // namespace galley
