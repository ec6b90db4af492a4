#include "layout/paragraph/word_context.h"

#include <unicode/uchar.h>

#include "base/utf8.h"

namespace galley::layout {

namespace {

// The code point before byte `offset` and where it starts.
char32_t Previous(std::string_view text, uint32_t offset, uint32_t* start) {
  uint32_t at = offset - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  size_t next = at;
  *start = at;
  return DecodeUtf8(text, &next);
}

bool IsSpace(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010; }

bool EndsSentence(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

// Closing quotes and brackets that may follow a sentence's last word: "war." or (war.)
bool ClosesPhrase(char32_t c) {
  UCharCategory category = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(c)));
  return category == U_FINAL_PUNCTUATION || category == U_END_PUNCTUATION || c == '"' ||
         c == '\'' || c == 0x2019 || c == 0x201D;
}

}  // namespace

WordSpan WordAround(std::string_view text, uint32_t offset) {
  WordSpan word{offset, offset};
  while (word.begin > 0) {
    uint32_t start = 0;
    if (IsSpace(Previous(text, word.begin, &start))) break;
    word.begin = start;
  }
  while (word.end < text.size()) {
    size_t next = word.end;
    if (IsSpace(DecodeUtf8(text, &next))) break;
    word.end = static_cast<uint32_t>(next);
  }
  return word;
}

bool IsHyphenatedCompound(std::string_view text, WordSpan word) {
  bool after_alnum = false;
  for (size_t at = word.begin; at < word.end;) {
    char32_t c = DecodeUtf8(text, &at);
    if (IsHyphen(c) && after_alnum && at < word.end) {
      size_t next = at;
      if (u_isalnum(static_cast<UChar32>(DecodeUtf8(text, &next)))) return true;
    }
    after_alnum = u_isalnum(static_cast<UChar32>(c));
  }
  return false;
}

bool IsCapitalised(std::string_view text, WordSpan word) {
  for (size_t at = word.begin; at < word.end;) {
    char32_t c = DecodeUtf8(text, &at);
    if (u_isalpha(static_cast<UChar32>(c))) return u_isupper(static_cast<UChar32>(c));
  }
  return false;
}

bool BeginsSentence(std::string_view text, WordSpan word) {
  uint32_t at = word.begin;
  while (at > 0) {  // white space before the word
    uint32_t start = 0;
    if (!IsSpace(Previous(text, at, &start))) break;
    at = start;
  }
  while (at > 0) {  // closing quotes and brackets after the previous word
    uint32_t start = 0;
    char32_t c = Previous(text, at, &start);
    if (EndsSentence(c)) return true;
    if (!ClosesPhrase(c)) return false;
    at = start;
  }
  return true;  // the paragraph's first word
}

}  // namespace galley::layout
