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

TextEdit Replace(const std::vector<CodePoint>& cps, size_t first, size_t count,
                 const char* replacement) {
  size_t begin = cps[first].offset;
  size_t end = cps[first + count - 1].offset + cps[first + count - 1].length;
  return {begin, end - begin, replacement, {}};
}

}  // namespace

TextFix SetDashes(std::string_view text) {
  std::vector<CodePoint> cps = DecodeCodePoints(text);
  std::vector<TextEdit> edits;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i].value;
    char32_t before = i > 0 ? cps[i - 1].value : 0;
    if (c == '-' && ValueAt(cps, i + 1) == '-') {
      char32_t after = ValueAt(cps, i + 2);
      // A Victorian comma-dash or semicolon-dash before a word ("Maine,--one") keeps its
      // punctuation and takes the house style's spaced dash after it ("Maine, – one").
      bool after_clause_mark = (before == ',' || before == ';') && IsWordCharacter(after);
      bool between_words = IsWordCharacter(before) && IsWordCharacter(after);
      edits.push_back(
          Replace(cps, i, 2, between_words || after_clause_mark ? kSpacedEnDash : kEnDash));
      ++i;
    } else if (c == '-') {
      if (IsSpaceOrEnd(before) && EndsPhrase(ValueAt(cps, i + 1))) {
        edits.push_back(Replace(cps, i, 1, kEnDash));
      }
    } else if (c == U'\u2014') {
      bool between_words = IsWordCharacter(before) && IsWordCharacter(ValueAt(cps, i + 1));
      edits.push_back(Replace(cps, i, 1, between_words ? kSpacedEnDash : kEnDash));
    }
  }
  return MakeTextFix(text, std::move(edits));
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
