#include "linebreak/knuth_plass.h"

#include "linebreak/break_search.h"

namespace galley::linebreak {

BreakResult BreakLines(const std::vector<Item>& items, const BreakParams& params) {
  BreakSearch search(items, params);
  return search.Break(params.looseness);
}

bool LinesFit(const BreakResult& result) {
  if (result.lines.empty()) return false;
  for (const Line& line : result.lines) {
    if (line.overfull || line.underfull || line.too_tight) return false;
  }
  return true;
}

}  // namespace galley::linebreak
