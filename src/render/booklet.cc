#include "render/booklet.h"

namespace galley::render {

std::vector<BookletSide> BookletSides(int page_count) {
  const int padded = (page_count + 3) / 4 * 4;
  auto page_or_blank = [page_count](int number) { return number <= page_count ? number - 1 : -1; };

  std::vector<BookletSide> sides;
  sides.reserve(padded / 2);
  for (int side = 0; side < padded / 2; ++side) {
    // 1-based numbers: the front of a sheet has the high page on the left, the back has it on
    // the right, so that the pages face correctly once folded.
    int low = side + 1;
    int high = padded - side;
    if (side % 2 == 0) {
      sides.push_back({page_or_blank(high), page_or_blank(low)});
    } else {
      sides.push_back({page_or_blank(low), page_or_blank(high)});
    }
  }
  return sides;
}

}  // namespace galley::render
