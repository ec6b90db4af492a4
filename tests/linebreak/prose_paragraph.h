// A test-side paragraph shaped like prose, for tests that need many lines and a reproducible
// text rather than widths a person checks by hand (paper_items.h): words of 2–12 letters at 5
// units a letter, a hyphenation point in words of 8 letters or more, spaces 6 with stretch 4
// and shrink 2, an 18-unit indent and TeX's paragraph end.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "linebreak/item.h"

namespace galley::linebreak::testing {

inline std::vector<Item> ProseParagraph(int words, uint32_t seed) {
  std::mt19937 random(seed);
  std::vector<Item> items;
  items.push_back(Item::Box(18));
  for (int w = 0; w < words; ++w) {
    if (w > 0) items.push_back(Item::Glue(6, 4, 2));
    int letters = 2 + static_cast<int>(random() % 11);
    if (letters >= 8) {
      int first = 3 + static_cast<int>(random() % (letters - 5));
      items.push_back(Item::Box(5.0 * first));
      items.push_back(Item::Penalty(4, 50, true));
      items.push_back(Item::Box(5.0 * (letters - first)));
    } else {
      items.push_back(Item::Box(5.0 * letters));
    }
  }
  items.push_back(Item::Penalty(0, kInfinity, false));
  items.push_back(Item::FillGlue());
  items.push_back(Item::Penalty(0, -kInfinity, true));
  return items;
}

}  // namespace galley::linebreak::testing
