#include "clean/words.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "typography/characters.h"

namespace galley {
namespace {

bool IsLetter(char32_t c) {
  UChar32 cp = static_cast<UChar32>(c);
  return u_isalpha(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
}

bool IsJoiner(char32_t c) { return c == '-' || c == '\'' || c == U'\u2019'; }

bool IsDigit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }

}  // namespace

std::vector<WordSpan> FindWords(std::string_view text) {
  std::vector<CodePoint> cps = DecodeCodePoints(text);
  std::vector<WordSpan> words;
  size_t i = 0;
  while (i < cps.size()) {
    if (!IsLetter(cps[i].value)) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < cps.size() &&
           (IsLetter(cps[i].value) ||
            (IsJoiner(cps[i].value) && i + 1 < cps.size() && IsLetter(cps[i + 1].value) &&
             i > start))) {
      ++i;
    }
    bool glued = (start > 0 && IsDigit(cps[start - 1].value)) ||
                 (i < cps.size() && IsDigit(cps[i].value));
    if (!glued) {
      size_t end = cps[i - 1].offset + cps[i - 1].length;
      words.push_back({cps[start].offset, end - cps[start].offset});
    }
  }
  return words;
}

WordCase CaseOf(std::string_view word) {
  int letters = 0;
  int upper = 0;
  bool first_upper = false;
  for (const CodePoint& cp : DecodeCodePoints(word)) {
    UChar32 c = static_cast<UChar32>(cp.value);
    if (!u_isalpha(c)) continue;
    bool is_upper = u_isupper(c) || u_istitle(c);
    if (letters == 0) first_upper = is_upper;
    ++letters;
    if (is_upper) ++upper;
  }
  if (upper == 0) return WordCase::kLower;
  if (upper == 1 && first_upper) return WordCase::kTitle;
  if (upper == letters && letters > 1) return WordCase::kUpper;
  return WordCase::kMixed;
}

std::u32string ToCodePoints(std::string_view word) {
  std::u32string out;
  for (const CodePoint& cp : DecodeCodePoints(word)) out.push_back(cp.value);
  return out;
}

std::string FromCodePoints(std::u32string_view word) {
  std::string out;
  for (char32_t c : word) AppendUtf8(c, &out);
  return out;
}

int EditDistance(std::u32string_view a, std::u32string_view b) {
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      int above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace galley
