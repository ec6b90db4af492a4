#include "typography/dialogue_dashes.h"

#include <unicode/uchar.h>

#include "typography/characters.h"

namespace galley {
namespace {

constexpr const char* kRaya = "\u2014";

char32_t ValueAt(const std::vector<CodePoint>& cps, size_t i) {
  return i < cps.size() ? cps[i].value : 0;
}

// What a speech or an incise may open with: a letter (not a figure: "-7" is a number), or a
// mark that opens words.
bool OpensWords(char32_t c) {
  if (c == 0) return false;
  if (u_isalpha(static_cast<UChar32>(c)) || IsOpeningPunctuation(c)) return true;
  if (c == U'\u00BF' || c == U'\u00A1') return true;  // ¿ ¡
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_QUOTATION_MARK);
}

// What may follow a closing raya: a space, punctuation that goes on from the incise, the end.
bool EndsIncise(char32_t c) {
  return c == 0 || IsSpaceCharacter(c) || c == '.' || c == ',' || c == ';' || c == ':' ||
         c == '?' || c == '!' || c == ')' || c == U'\u00BB' || c == '"' || c == '\'' ||
         c == U'\u201D' || c == U'\u2019';
}

}  // namespace

TextFix SetDialogueDashes(std::string_view text) {
  std::vector<CodePoint> cps = DecodeCodePoints(text);
  std::vector<TextEdit> edits;
  bool incise_open = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (cps[i].value != '-') continue;
    size_t length = ValueAt(cps, i + 1) == '-' ? 2 : 1;
    size_t after = i + length;
    if (ValueAt(cps, after) == '-' || (i > 0 && cps[i - 1].value == '-')) {
      while (ValueAt(cps, after) == '-') ++after;  // three or more: not a typed raya
      i = after - 1;
      continue;
    }
    char32_t before = i > 0 ? cps[i - 1].value : 0;
    char32_t next = ValueAt(cps, after);
    bool opens = (i == 0 || IsSpaceCharacter(before)) && OpensWords(next);
    bool closes = incise_open && i > 0 && !IsSpaceCharacter(before) && EndsIncise(next);
    if (!opens && !closes) {
      i = after - 1;
      continue;
    }
    size_t begin = cps[i].offset;
    size_t end = cps[after - 1].offset + cps[after - 1].length;
    edits.push_back({begin, end - begin, kRaya, {}});
    // The speech's own opening raya opens no incise; one after it in the paragraph does.
    incise_open = opens ? i > 0 : false;
    i = after - 1;
  }
  return MakeTextFix(text, std::move(edits));
}

}  // namespace galley
