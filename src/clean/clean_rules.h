// The rules of `galley clean`, in the order they run. The review report lists changes under
// these names and in this order; docs/corrections.md describes each.
#pragma once

#include <string_view>
#include <vector>

namespace galley {

struct CleanRule {
  std::string_view name;         // as the report and tests name it
  std::string_view description;  // one line for the report's heading
};

const std::vector<CleanRule>& CleanRules();

// Rule names, so that a typo is a compile error rather than a lost report section.
namespace rule {
inline constexpr std::string_view kCorrection = "correction";
inline constexpr std::string_view kNoiseLine = "noise-line";
inline constexpr std::string_view kStrayNumber = "stray-number";
inline constexpr std::string_view kFolio = "folio";
inline constexpr std::string_view kSceneBreak = "scene-break";
inline constexpr std::string_view kEmphasis = "emphasis";
inline constexpr std::string_view kPageJoin = "page-join";
inline constexpr std::string_view kHeadingLevel = "heading-level";
inline constexpr std::string_view kStructure = "structure";
inline constexpr std::string_view kRunTogether = "run-together";
inline constexpr std::string_view kMisplacedHyphen = "misplaced-hyphen";
inline constexpr std::string_view kFrequentWord = "frequent-word";
inline constexpr std::string_view kAccent = "accent";
inline constexpr std::string_view kEllipsis = "ellipsis";
inline constexpr std::string_view kDash = "dash";
inline constexpr std::string_view kRange = "range";
inline constexpr std::string_view kQuotes = "quotes";
}  // namespace rule

}  // namespace galley
