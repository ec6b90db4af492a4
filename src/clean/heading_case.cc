#include "clean/heading_case.h"

#include <unicode/uchar.h>

#include <array>

#include "clean/clean_rules.h"
#include "clean/rule_set.h"
#include "clean/words.h"

namespace galley {
namespace {

// English title case leaves these in lower case unless they open the heading (Chicago 8.159).
bool IsMinorEnglishWord(std::u32string_view lower) {
  static const std::array<std::u32string_view, 22> kMinor = {
      U"a",  U"an", U"the", U"and", U"but", U"or", U"nor", U"for", U"so",   U"yet",  U"as",
      U"at", U"by", U"in",  U"of",  U"on",  U"to", U"up",  U"via", U"with", U"from", U"into"};
  for (std::u32string_view word : kMinor) {
    if (word == lower) return true;
  }
  return false;
}

// The digits of one decimal place as Roman numerals, longest first: "CM" before "C".
bool TakeRomanPlace(std::u32string_view* text, char32_t one, char32_t five, char32_t ten) {
  std::u32string nine{one, ten}, four{one, five};
  if (text->substr(0, 2) == nine || text->substr(0, 2) == four) {
    text->remove_prefix(2);
    return true;
  }
  if (!text->empty() && (*text)[0] == five) text->remove_prefix(1);
  for (int i = 0; i < 3 && !text->empty() && (*text)[0] == one; ++i) text->remove_prefix(1);
  return true;
}

// A well-formed Roman numeral of two letters or more (XIV, not IIII nor DID).
bool IsRomanNumeral(std::u32string_view upper) {
  if (upper.size() < 2) return false;
  std::u32string_view rest = upper;
  for (int i = 0; i < 3 && !rest.empty() && rest[0] == U'M'; ++i) rest.remove_prefix(1);
  TakeRomanPlace(&rest, U'C', U'D', U'M');
  TakeRomanPlace(&rest, U'X', U'L', U'C');
  TakeRomanPlace(&rest, U'I', U'V', U'X');
  return rest.empty();
}

std::u32string Lower(std::u32string_view word) {
  std::u32string out;
  for (char32_t c : word) out.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  return out;
}

std::u32string Capitalised(std::u32string_view word) {
  std::u32string out = Lower(word);
  if (!out.empty()) out[0] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(out[0])));
  return out;
}

class HeadingCaser {
 public:
  HeadingCaser(std::string_view language, const SpellChecker& dictionary)
      : english_(PrimaryLanguage(language) == "en"), dictionary_(dictionary) {}

  // One part of a word in capitals (no hyphen), in its case; `first`: the heading's first.
  std::u32string Part(std::u32string_view upper, bool first) const {
    std::u32string lower = Lower(upper);
    std::u32string capitalised = Capitalised(upper);
    std::u32string cased;
    // English dictionaries list Roman numerals as words (xiv); elsewhere a word the dictionary
    // knows comes first (Italian "di", French "dix").
    bool known = dictionary_.Knows(FromCodePoints(lower));
    if (IsRomanNumeral(upper) && (english_ || !known)) return std::u32string(upper);
    if (known) {
      cased = english_ && !IsMinorEnglishWord(lower) ? capitalised : lower;
    } else if (dictionary_.Knows(FromCodePoints(capitalised))) {
      cased = capitalised;
    } else if (dictionary_.Knows(FromCodePoints(upper))) {
      return std::u32string(upper);
    } else {
      cased = capitalised;
    }
    return first ? Capitalised(cased) : cased;
  }

  // The heading's text in its words' case; the edits that make it.
  std::vector<TextEdit> Edits(std::string_view text) const {
    std::vector<TextEdit> edits;
    bool first = true;
    for (const WordSpan& span : FindWords(text)) {
      std::string_view word = text.substr(span.offset, span.length);
      std::u32string cased;
      std::u32string code_points = ToCodePoints(word);
      size_t start = 0;
      while (start <= code_points.size()) {
        size_t hyphen = std::min(code_points.find(U'-', start), code_points.size());
        cased += Part(std::u32string_view(code_points).substr(start, hyphen - start), first);
        first = false;
        if (hyphen < code_points.size()) cased += U'-';
        start = hyphen + 1;
      }
      std::string replacement = FromCodePoints(cased);
      if (replacement != word) edits.push_back({span.offset, span.length, replacement, {}});
    }
    return edits;
  }

 private:
  bool english_;
  const SpellChecker& dictionary_;
};

bool InCapitals(const std::string& text) {
  int letters = 0;
  for (char32_t c : ToCodePoints(text)) {
    if (!u_isalpha(static_cast<UChar32>(c))) continue;
    if (!u_isupper(static_cast<UChar32>(c))) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace

void SetHeadingCase(std::string_view language, const SpellChecker& dictionary,
                    std::vector<Block>* blocks, Review* review) {
  HeadingCaser caser(language, dictionary);
  for (Block& block : *blocks) {
    if (block.kind != BlockKind::kHeading || !InCapitals(block.text.text)) continue;
    if (block.text.IsProtected(0, block.text.text.size())) continue;
    std::vector<TextEdit> edits = caser.Edits(block.text.text);
    if (edits.empty()) continue;
    std::string before = block.text.text;
    block.text.ApplyEdits(edits);
    review->changes.push_back({std::string(rule::kHeadingCase), block.line, before,
                               block.text.text, {}});
  }
}

}  // namespace galley
