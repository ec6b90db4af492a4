#include "clean/dropped_accents.h"

#include <map>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "clean/words.h"

namespace galley {
namespace {

// The word in lower case with its combining marks removed (NFD, then drop Mn).
std::u32string Unaccented(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  if (U_SUCCESS(status)) text = nfd->normalize(text, status);
  std::u32string out;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) out.push_back(static_cast<char32_t>(u_tolower(c)));
  }
  return out;
}

// `accented` with the capitals of `original` (letters correspond one to one).
std::string WithCaseOf(std::string_view original, std::string_view accented) {
  std::u32string from = ToCodePoints(original);
  std::u32string to = ToCodePoints(accented);
  for (size_t i = 0; i < from.size() && i < to.size(); ++i) {
    if (u_isupper(static_cast<UChar32>(from[i]))) {
      to[i] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(to[i])));
    }
  }
  return FromCodePoints(to);
}

}  // namespace

const std::vector<std::string_view>& AccentedLoanwords() {
  static const std::vector<std::string_view> words = {
      "émigré",   "émigrés",   "émigrée",  "émigrées", "protégé",     "protégés",
      "protégée", "protégées", "vis-à-vis", "attaché", "attachés",    "fiancé",
      "fiancés",  "fiancée",   "fiancées", "née",      "naïveté",     "éclat",
      "soupçon",  "cortège",   "cortèges", "déjà",     "papier-mâché", "habitué",
      "habitués"};
  return words;
}

WordGuess GuessDroppedAccents(std::string_view word) {
  // Each listed form under its unaccented spelling.
  static const std::map<std::u32string, std::string_view> by_bare_form = [] {
    std::map<std::u32string, std::string_view> map;
    for (std::string_view listed : AccentedLoanwords()) map[Unaccented(listed)] = listed;
    return map;
  }();
  // The listed forms are 3 to 12 letters long: anything else is not one.
  if (word.size() < 3 || word.size() > 2 * 12) return WordGuess::None();
  auto listed = by_bare_form.find(Unaccented(word));
  if (listed == by_bare_form.end()) return WordGuess::None();
  std::string restored = WithCaseOf(word, listed->second);
  if (restored == word) return WordGuess::None();
  return WordGuess::Replace(restored);
}

}  // namespace galley
