// What the page builder needs to know of another way to break a paragraph: how many lines,
// which of them end with a hyphen, and what choosing it costs.
#pragma once

#include <vector>

namespace galley::layout {

// Another way to break a paragraph: `delta` more (or fewer) lines than the current breaking.
struct LineVariant {
  int line_count = 0;
  std::vector<bool> hyphenated;
  double cost = 0;  // demerits added by choosing it (>= 0)
};

}  // namespace galley::layout
