#include "base/noncharacter.h"

#include <cstdio>

#include "base/utf8.h"

namespace galley {

bool IsNoncharacter(char32_t c) {
  return (c >= 0xFDD0 && c <= 0xFDEF) || ((c & 0xFFFE) == 0xFFFE && c <= 0x10FFFF);
}

size_t FindNoncharacter(std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    // Every noncharacter is encoded in three bytes led by 0xEF or in four led by 0xF0–0xF4,
    // so the rest of the text is skipped a byte at a time without decoding it.
    auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0xEF) {
      ++at;
      continue;
    }
    size_t start = at;
    if (IsNoncharacter(DecodeUtf8(text, &at))) return start;
    if (at == start) ++at;
  }
  return std::string_view::npos;
}

Error NoncharacterError(const SourceLocation& where, char32_t c) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  return InputError(where,
                    std::string("the text holds ") + code +
                        ", a Unicode noncharacter, which no book can contain (the PDF cannot "
                        "draw it and XML forbids it)",
                    "delete it, or write the character that was meant; in an OCR'd text it is "
                    "often a misread byte-order mark");
}

}  // namespace galley
