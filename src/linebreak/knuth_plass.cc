#include "linebreak/knuth_plass.h"

#include "linebreak/break_search.h"

namespace galley::linebreak {

BreakResult BreakLines(const std::vector<Item>& items, const BreakParams& params) {
  BreakSearch search(items, params);
  return search.Break(params.looseness);
}

}  // namespace galley::linebreak
