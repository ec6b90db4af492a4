#include "typography/dashes.h"

#include <unicode/uchar.h>

#include "typography/characters.h"

namespace galley {
namespace {

constexpr const char* kEnDash = "\u2013";
constexpr const char* kSpacedEnDash = " \u2013 ";

char32_t ValueAt(const std::vector<CodePoint>& cps, size_t i) {
  return i < cps.size() ? cps[i].value : 0;
}

bool IsSpaceOrEnd(char32_t c) { return c == 0 || IsSpaceCharacter(c); }

// What may follow a dash that ends a phrase: closing quotes and punctuation, not a word.
bool EndsPhrase(char32_t c) {
  if (IsSpaceOrEnd(c)) return true;
  return !IsWordCharacter(c) && !IsOpeningPunctuation(c) && !IsDash(c);
}

bool IsDigit(char32_t c) { return c != 0 && u_isdigit(static_cast<UChar32>(c)); }

// A mark that ends a clause or a sentence: a dash after it opens the next words.
bool IsClauseMark(char32_t c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?';
}

// A quote mark or a bracket. Whether it opens or closes is read from its neighbours, not from
// the character: a straight quote is either, and German writes »…« where French writes «…».
bool IsQuoteOrBracket(char32_t c) {
  if (c == 0) return false;
  UChar32 u = static_cast<UChar32>(c);
  int8_t type = u_charType(u);
  return u_hasBinaryProperty(u, UCHAR_QUOTATION_MARK) || type == U_START_PUNCTUATION ||
         type == U_END_PUNCTUATION;
}

// Whether the dash starting at `dash` follows the end of a word or clause: a word, a clause
// mark, or a quote or bracket that closes one ("devil!--not", "shillin'--I'm", "Ja!«--sagte").
bool FollowsWordOrClause(const std::vector<CodePoint>& cps, size_t dash) {
  auto ends = [](char32_t c) { return IsWordCharacter(c) || IsClauseMark(c); };
  char32_t before = dash > 0 ? cps[dash - 1].value : 0;
  if (ends(before)) return true;
  return IsQuoteOrBracket(before) && dash > 1 && ends(cps[dash - 2].value);
}

// Whether the text after a dash starts a word: a word, or a quote or bracket that opens one
// ("--cut", "--\"cut", "--»hinter", "--(hiccupping)").
bool StartsWord(const std::vector<CodePoint>& cps, size_t next) {
  char32_t after = ValueAt(cps, next);
  if (IsWordCharacter(after)) return true;
  return IsQuoteOrBracket(after) && IsWordCharacter(ValueAt(cps, next + 1));
}

TextEdit Replace(const std::vector<CodePoint>& cps, size_t first, size_t count,
                 const char* replacement) {
  size_t begin = cps[first].offset;
  size_t end = cps[first + count - 1].offset + cps[first + count - 1].length;
  return {begin, end - begin, replacement, {}};
}

// What an em dash in a text is.
enum class EmDash {
  kDash,  // a dash written long: set as the house style's en dash
  kRaya,  // Spanish dialogue's raya: kept as it is
};

TextFix SetDashesWith(std::string_view text, EmDash em_dash) {
  std::vector<CodePoint> cps = DecodeCodePoints(text);
  std::vector<TextEdit> edits;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i].value;
    char32_t before = i > 0 ? cps[i - 1].value : 0;
    if (c == '-' && ValueAt(cps, i + 1) == '-') {
      // A dash between the end of a word or clause and the start of the next words is a
      // parenthetical dash, spaced as the house style sets one, whatever punctuation the
      // source wrote on either side: "Maine,--one" → "Maine, – one", "hin.--Reinhard" →
      // "hin. – Reinhard", "leer,--\"cut" → "leer, – \"cut". One that breaks off ("or--\"",
      // "as follows:--") or opens ("\"--not") stays unspaced.
      bool between = FollowsWordOrClause(cps, i) && StartsWord(cps, i + 2);
      edits.push_back(Replace(cps, i, 2, between ? kSpacedEnDash : kEnDash));
      ++i;
    } else if (c == '-') {
      if (IsSpaceOrEnd(before) && EndsPhrase(ValueAt(cps, i + 1))) {
        edits.push_back(Replace(cps, i, 1, kEnDash));
      }
    } else if (c == U'\u2014' && em_dash == EmDash::kDash) {
      bool between = FollowsWordOrClause(cps, i) && StartsWord(cps, i + 1);
      edits.push_back(Replace(cps, i, 1, between ? kSpacedEnDash : kEnDash));
    }
  }
  return MakeTextFix(text, std::move(edits));
}

}  // namespace

TextFix SetDashes(std::string_view text) { return SetDashesWith(text, EmDash::kDash); }

TextFix SetDashesKeepingRayas(std::string_view text) {
  return SetDashesWith(text, EmDash::kRaya);
}

TextFix SetRangeDashes(std::string_view text) {
  std::vector<CodePoint> cps = DecodeCodePoints(text);
  std::vector<TextEdit> edits;
  for (size_t i = 1; i + 1 < cps.size(); ++i) {
    if (cps[i].value != '-' || !IsDigit(cps[i - 1].value) || !IsDigit(cps[i + 1].value)) {
      continue;
    }
    size_t start = i - 1;
    while (start > 0 && IsDigit(cps[start - 1].value)) --start;
    size_t end = i + 1;
    while (end + 1 < cps.size() && IsDigit(cps[end + 1].value)) ++end;
    char32_t before = start > 0 ? cps[start - 1].value : 0;
    char32_t after = ValueAt(cps, end + 1);
    // Part of a longer chain (a date, a code) or glued to letters (A12-14): not a range.
    bool chained = IsDash(before) || IsDash(after);
    bool glued = (before != 0 && IsWordCharacter(before)) ||
                 (after != 0 && IsWordCharacter(after));
    if (!chained && !glued) edits.push_back(Replace(cps, i, 1, kEnDash));
  }
  return MakeTextFix(text, std::move(edits));
}

}  // namespace galley
