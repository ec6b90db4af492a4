#include "typography/characters.h"

#include <unicode/uchar.h>

#include "base/utf8.h"

namespace galley {

std::vector<CodePoint> DecodeCodePoints(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  size_t offset = 0;
  while (offset < text.size()) {
    size_t start = offset;
    char32_t value = DecodeUtf8(text, &offset);
    out.push_back({value, start, offset - start});
  }
  return out;
}

bool IsWordCharacter(char32_t c) {
  UChar32 cp = static_cast<UChar32>(c);
  return u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
}

bool IsSpaceCharacter(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

bool IsOpeningPunctuation(char32_t c) {
  return u_charType(static_cast<UChar32>(c)) == U_START_PUNCTUATION || c == U'\u2018' ||
         c == U'\u201C';
}

bool IsDash(char32_t c) { return c == U'-' || c == U'\u2013' || c == U'\u2014'; }

}  // namespace galley
