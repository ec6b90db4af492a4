#include "linebreak/remaining_demerits.h"

#include <algorithm>
#include <climits>
#include <limits>

#include "linebreak/line_fit.h"

namespace galley::linebreak {
namespace {

constexpr double kUnreachable = std::numeric_limits<double>::infinity();

// Calls `line(to, ratio, overfull)` for every line a pass sets from a break with totals
// `after`, in the order the forward programme meets them: a line is tried until the first
// overfull one (which pass 3 also sets) or a forced break, as in TotalFit::TryLinesTo.
template <typename LineFn>
void ForEachLineFrom(const std::vector<Breakpoint>& points, size_t first, const Totals& after,
                     double width, const BreakParams& params, const PassSettings& settings,
                     LineFn line) {
  for (size_t to = first; to < points.size(); ++to) {
    double ratio = AdjustmentRatio(after, points[to], width, settings.extra_stretch,
                                   params.box_stretch_first);
    if (IsOverfull(ratio)) {
      if (settings.fallback) line(to, ratio, true);
      return;
    }
    if (Accepts(params, settings, ratio)) line(to, ratio, false);
    if (points[to].forced) return;
  }
}

}  // namespace

RemainingDemerits::RemainingDemerits(const std::vector<Breakpoint>& points,
                                     const BreakParams& params, PassSettings settings) {
  size_t count = points.size();
  double width = params.line_widths.empty() ? 0 : params.line_widths.back();
  bound_.assign(count, {kUnreachable, kUnreachable, kUnreachable, kUnreachable});
  fewest_.assign(count, INT_MAX);
  most_.assign(count, -1);
  if (count == 0) return;
  bound_[count - 1] = {0, 0, 0, 0};
  fewest_[count - 1] = most_[count - 1] = 0;

  // Lines from a break (or the start, `from` == count) to the end, for every fitness before.
  auto relax = [&](size_t from, const Totals& after, bool flagged, std::array<double, 4>* bound,
                   int* fewest, int* most) {
    size_t first = from == count ? 0 : from + 1;
    ForEachLineFrom(points, first, after, width, params, settings,
                    [&](size_t to, double ratio, bool overfull) {
      if (most_[to] < 0) return;  // nothing leads on from `to`
      *fewest = std::min(*fewest, fewest_[to] + 1);
      *most = std::max(*most, most_[to] + 1);
      bool is_final = to + 1 == count;
      for (int before = 0; before < 4; ++before) {
        LineCost cost = CostOfLine(params, static_cast<Fitness>(before), flagged, points[to],
                                   is_final, ratio, overfull);
        double total = cost.demerits + bound_[to][static_cast<size_t>(cost.fitness)];
        double& best = (*bound)[static_cast<size_t>(before)];
        best = std::min(best, total);
      }
    });
  };
  for (size_t from = count - 1; from-- > 0;) {
    relax(from, points[from].after, points[from].flagged, &bound_[from], &fewest_[from],
          &most_[from]);
  }
  std::array<double, 4> start_bound{};
  int fewest = INT_MAX, most = -1;
  relax(count, Totals{}, false, &start_bound, &fewest, &most);
  fewest_start_ = most < 0 ? 1 : fewest;
  most_start_ = most;
}

}  // namespace galley::linebreak
