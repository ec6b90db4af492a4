#include "layout/paragraph/capital_figures.h"

#include <unicode/uchar.h>

#include <optional>
#include <vector>

#include "base/utf8.h"

namespace galley::layout {
namespace {

struct Word {
  uint32_t begin = 0, end = 0;
  int letters = 0;
  bool lower = false;   // holds a letter that is not a capital
  bool figures = false;
  bool roman = true;    // its letters could be a Roman numeral (II, XIV): no context
};

bool IsRomanNumeralLetter(UChar32 c) {
  return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' || c == 'M';
}

// A word that gives figures after it their context: two letters or more, and not a short
// Roman numeral ("Section II. 1889" is running text; "CIVIL WAR 1861" is capitals).
bool IsContext(const Word& word) {
  return word.letters >= 2 && !(word.roman && word.letters <= 4);
}

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == 0x00A0 || c == 0x202F; }

// Whether `text` holds a figure of any script (what Words marks): most paragraphs hold none,
// and then no word needs reading. ASCII is read a byte at a time; only other characters are
// decoded and asked of ICU.
bool HasFigure(const std::string& text) {
  for (size_t at = 0; at < text.size();) {
    auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      if (byte >= '0' && byte <= '9') return true;
      ++at;
      continue;
    }
    if (u_isdigit(static_cast<UChar32>(DecodeUtf8(text, &at)))) return true;
  }
  return false;
}

std::vector<Word> Words(const std::string& text) {
  std::vector<Word> words;
  std::optional<Word> word;
  for (size_t at = 0; at < text.size();) {
    size_t start = at;
    UChar32 c = static_cast<UChar32>(DecodeUtf8(text, &at));
    if (IsSpace(c)) {
      if (word) words.push_back(*word);
      word.reset();
      continue;
    }
    if (!word) word = Word{static_cast<uint32_t>(start), 0, 0, false, false, true};
    word->end = static_cast<uint32_t>(at);
    if (u_isdigit(c)) word->figures = true;
    if (u_isalpha(c)) {
      ++word->letters;
      if (!u_isupper(c)) word->lower = true;
      if (!IsRomanNumeralLetter(c)) word->roman = false;
    }
  }
  if (word) words.push_back(*word);
  return words;
}

// Whether words[i], which holds figures, stands among capitals (see the header).
bool AmongCapitals(const std::vector<Word>& words, size_t i) {
  if (words[i].letters > 0) return !words[i].lower;
  for (size_t j = i; j-- > 0;) {
    if (IsContext(words[j])) return !words[j].lower;
  }
  for (size_t j = i + 1; j < words.size(); ++j) {
    if (IsContext(words[j])) return !words[j].lower;
  }
  return false;
}

StyleId CapitalsVariant(StyleId id, StyleTable* styles) {
  TextStyle style = (*styles)[id];
  if (!style.features.oldstyle_figures || style.features.small_caps ||
      style.features.caps_to_small_caps) {
    return id;
  }
  style.features.capitals = true;
  return styles->Intern(style);
}

// `spans` with [begin, end) set in each span's capitals variant.
std::vector<StyleSpan> Restyled(const std::vector<StyleSpan>& spans, uint32_t begin,
                                uint32_t end, StyleTable* styles) {
  std::vector<StyleSpan> out;
  auto add = [&out](StyleSpan span) {
    if (span.begin >= span.end) return;
    if (!out.empty() && out.back().style == span.style && out.back().end == span.begin) {
      out.back().end = span.end;
    } else {
      out.push_back(span);
    }
  };
  for (const StyleSpan& span : spans) {
    if (span.end <= begin || span.begin >= end) {
      add(span);
      continue;
    }
    add({span.begin, std::max(span.begin, begin), span.style});
    add({std::max(span.begin, begin), std::min(span.end, end), CapitalsVariant(span.style, styles)});
    add({std::min(span.end, end), span.end, span.style});
  }
  return out;
}

}  // namespace

void SetFiguresAmongCapitals(StyledText* text, StyleTable* styles) {
  bool oldstyle = false;
  for (const StyleSpan& span : text->spans) {
    oldstyle = oldstyle || (*styles)[span.style].features.oldstyle_figures;
  }
  if (!oldstyle || !HasFigure(text->text)) return;
  std::vector<Word> words = Words(text->text);
  for (size_t i = 0; i < words.size(); ++i) {
    if (!words[i].figures || !AmongCapitals(words, i)) continue;
    text->spans = Restyled(text->spans, words[i].begin, words[i].end, styles);
  }
}

}  // namespace galley::layout
