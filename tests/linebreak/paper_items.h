// A test-side item builder with the units of Knuth & Plass 1981's example (their Fig. 1 and
// 2): letters a–z are 9 10 8 10 8 6 9 10 5 6 10 5 15 10 9 10 10 7 7 7 10 9 13 10 10 8 wide,
// C 13, I 6, the hyphen 6, comma, semicolon, period and apostrophe 5. Like minikin's tests with
// a font of round glyph widths, expected lines become something a person can check by hand.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "linebreak/item.h"

namespace galley::linebreak::testing {

struct PaperParagraph {
  std::vector<Item> items;
  std::vector<std::string> box_texts;  // by Item::tag
};

inline double PaperWidth(char c) {
  static const double kLetters[26] = {9, 10, 8, 10, 8, 6, 9, 10, 5, 6, 10, 5, 15,
                                      10, 9, 10, 10, 7, 7, 7, 10, 9, 13, 10, 10, 8};
  if (c >= 'a' && c <= 'z') return kLetters[c - 'a'];
  switch (c) {
    case 'C': return 13;
    case 'I': return 6;
    case '-': return 6;
    case ',': case ';': case '.': case '\'': return 5;
    default: return 0;  // unused by the paper's text
  }
}

// Interword glue after a word, by its last character (the paper's space factors).
inline Item PaperSpace(char last) {
  switch (last) {
    case ',': return Item::Glue(6, 4, 2);
    case ';': return Item::Glue(6, 4, 1);
    case '.': return Item::Glue(8, 6, 1);
    default: return Item::Glue(6, 3, 2);
  }
}

// Indent box 18, a box per word, glue between words, and the finishing sequence
// penalty(∞) glue(0, fil, 0) penalty(−∞). An explicit hyphen stays in its box and is followed
// by a flagged penalty `hyphen_penalty` of width 0; a '|' marks a discretionary hyphen: a
// flagged penalty `hyphen_penalty` as wide as the hyphen (6) that appears only at a break.
inline PaperParagraph BuildPaperParagraph(std::string_view text, double hyphen_penalty = 50) {
  PaperParagraph paragraph;
  auto add_box = [&](std::string_view piece) {
    double width = 0;
    for (char c : piece) width += PaperWidth(c);
    paragraph.items.push_back(Item::Box(width, static_cast<int32_t>(paragraph.box_texts.size())));
    paragraph.box_texts.emplace_back(piece);
  };
  add_box("");
  paragraph.items.back().width = 18;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    for (size_t cut = word.find_first_of("-|"); cut != std::string_view::npos;
         cut = word.find_first_of("-|")) {
      bool explicit_hyphen = word[cut] == '-';
      add_box(word.substr(0, explicit_hyphen ? cut + 1 : cut));
      double width = explicit_hyphen ? 0 : PaperWidth('-');
      paragraph.items.push_back(Item::Penalty(width, hyphen_penalty, true));
      word.remove_prefix(cut + 1);
    }
    add_box(word);
    if (end < text.size()) paragraph.items.push_back(PaperSpace(text[end - 1]));
    pos = end + 1;
  }
  paragraph.items.push_back(Item::Penalty(0, kInfinity, false));
  paragraph.items.push_back(Item::FillGlue());
  paragraph.items.push_back(Item::Penalty(0, -kInfinity, true));
  return paragraph;
}

// The text of the line [begin, end): box texts and a space for each glue; a line that ends
// at a discretionary break (a penalty with width) gets its hyphen.
inline std::string TextOf(const PaperParagraph& paragraph, size_t begin, size_t end) {
  std::string text;
  for (size_t i = begin; i < end && i < paragraph.items.size(); ++i) {
    const Item& item = paragraph.items[i];
    if (item.type == ItemType::kBox) text += paragraph.box_texts[item.tag];
    if (item.type == ItemType::kGlue && item.width > 0) text += ' ';
  }
  if (end < paragraph.items.size() && paragraph.items[end].type == ItemType::kPenalty &&
      paragraph.items[end].width > 0) {
    text += '-';
  }
  return text;
}

}  // namespace galley::linebreak::testing
