#include "clean/words.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "typography/characters.h"

namespace galley {
namespace {

// ASCII first: a novel is mostly ASCII, and ICU's property lookups are what finding words costs.
bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  UChar32 cp = static_cast<UChar32>(c);
  return u_isalpha(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
}

bool IsJoiner(char32_t c) { return c == '-' || c == '\'' || c == U'\u2019'; }

bool IsDigit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c));
}

char32_t Next(std::string_view text, size_t* at) {
  unsigned char byte = static_cast<unsigned char>(text[*at]);
  if (byte < 0x80) {
    ++*at;
    return byte;
  }
  return DecodeUtf8(text, at);
}

}  // namespace

std::vector<WordSpan> FindWords(std::string_view text) {
  std::vector<WordSpan> words;
  char32_t before = 0;  // the code point before the one at `at`
  size_t at = 0;
  while (at < text.size()) {
    size_t start = at;
    char32_t c = Next(text, &at);
    if (!IsLetter(c)) {
      before = c;
      continue;
    }
    size_t end = at;
    char32_t last = c;
    while (at < text.size()) {
      size_t after = at;
      char32_t d = Next(text, &after);
      if (!IsLetter(d)) {
        // A joiner between letters belongs to the word: brother-in-law, I've.
        if (!IsJoiner(d) || after >= text.size()) break;
        size_t letter_end = after;
        char32_t e = Next(text, &letter_end);
        if (!IsLetter(e)) break;
        after = letter_end;
        d = e;
      }
      at = end = after;
      last = d;
    }
    size_t following = at;
    bool glued = IsDigit(before) || (at < text.size() && IsDigit(Next(text, &following)));
    if (!glued) words.push_back({start, end - start});
    before = last;
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
