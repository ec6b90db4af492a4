// The rules of `galley clean`, in the order they run, with what each is: the editor's own
// inputs (always applied), a deterministic rule, or a rule that guesses a word (which only
// proposes unless the word is unknown everywhere and unique in the text, docs/corrections.md);
// the language a rule is written for; and the source formats it is off for by default. The
// review report lists changes under these names and in this order.
#pragma once

#include <string_view>
#include <vector>

#include "clean/source_format.h"

namespace galley {

enum class RuleKind {
  kEditor,         // corrections.tsv, structure.tsv: the editor's reviewed inputs; never off
  kDeterministic,  // decided by the text's form alone (a folio, three dots, a straight quote)
  kGuess,          // guesses a word from its spelling or frequency: gated, may only propose
};

struct CleanRule {
  std::string_view name;         // as the report, tests and metadata.txt name it
  std::string_view description;  // one line for the report's heading
  RuleKind kind = RuleKind::kDeterministic;
  // The primary language subtag the rule is written for ("en"), or empty for any language.
  std::string_view language;
  // Source formats the rule is off for unless metadata.txt's `rules-on` names it.
  std::vector<SourceFormat> off_for;
};

const std::vector<CleanRule>& CleanRules();

// The rule called `name`, or null.
const CleanRule* FindCleanRule(std::string_view name);

// Rule names, so that a typo is a compile error rather than a lost report section.
namespace rule {
inline constexpr std::string_view kGutenberg = "gutenberg";
inline constexpr std::string_view kCorrection = "correction";
inline constexpr std::string_view kDrop = "drop";
inline constexpr std::string_view kNoiseLine = "noise-line";
inline constexpr std::string_view kStrayNumber = "stray-number";
inline constexpr std::string_view kFolio = "folio";
inline constexpr std::string_view kSceneBreak = "scene-break";
inline constexpr std::string_view kIllustration = "illustration";
inline constexpr std::string_view kHeading = "heading";
inline constexpr std::string_view kList = "list";
inline constexpr std::string_view kBlockQuote = "block-quote";
inline constexpr std::string_view kEmphasis = "emphasis";
inline constexpr std::string_view kNote = "note";
inline constexpr std::string_view kPageJoin = "page-join";
inline constexpr std::string_view kHeadingLevel = "heading-level";
inline constexpr std::string_view kStructure = "structure";
inline constexpr std::string_view kHeadingCase = "heading-case";
inline constexpr std::string_view kBrokenHyphen = "broken-hyphen";
inline constexpr std::string_view kRunTogether = "run-together";
inline constexpr std::string_view kMisplacedHyphen = "misplaced-hyphen";
inline constexpr std::string_view kFrequentWord = "frequent-word";
inline constexpr std::string_view kAccent = "accent";
inline constexpr std::string_view kEllipsis = "ellipsis";
inline constexpr std::string_view kDialogueDash = "dialogue-dash";
inline constexpr std::string_view kDash = "dash";
inline constexpr std::string_view kRange = "range";
inline constexpr std::string_view kQuotes = "quotes";
}  // namespace rule

}  // namespace galley
