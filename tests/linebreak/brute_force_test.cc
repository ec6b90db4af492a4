// The optimiser against exhaustive search: on small random paragraphs, every sequence of
// legal breaks is tried with the paper's cost model written out again independently, and
// BreakLines must find the same minimum (and, with looseness, the same line count). This is
// what shows that the active list's pruning (overfull nodes, TeX's fitness-class cut-off,
// merged line numbers, ways in dominated by one with no more hyphens at fewer demerits) loses
// no optimum.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <random>
#include <vector>

#include "linebreak/knuth_plass.h"

namespace galley::linebreak {
namespace {

class ExhaustiveBreaker {
 public:
  ExhaustiveBreaker(const std::vector<Item>& items, const BreakParams& params)
      : items_(items), params_(params) {
    for (size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      bool legal = item.type == ItemType::kGlue ? i > 0 && items[i - 1].type == ItemType::kBox
                   : item.type == ItemType::kPenalty ? item.penalty < kInfinity
                                                      : false;
      if (legal) breaks_.push_back(i);
    }
  }

  // The fewest demerits for each line count over all feasible break sequences.
  std::map<int, double> BestByLineCount() {
    best_.clear();
    Search(0, 0, 0, 1, false, 0, 0, 0);
    return best_;
  }

 private:
  void Search(size_t begin, size_t next_break, int line, int fitness, bool flagged, int run,
              int hyphens, double demerits) {
    for (size_t k = next_break; k < breaks_.size(); ++k) {
      size_t at = breaks_[k];
      const Item& item = items_[at];
      double width = item.type == ItemType::kPenalty ? item.width : 0;
      double stretch = 0, shrink = 0;
      bool fill = false;
      for (size_t i = begin; i < at; ++i) {
        if (items_[i].type == ItemType::kPenalty) continue;
        width += items_[i].width;
        if (items_[i].type == ItemType::kGlue) {
          if (items_[i].stretch >= kFillStretch) fill = true;
          else stretch += items_[i].stretch;
          shrink += items_[i].shrink;
        }
      }
      bool forced = item.type == ItemType::kPenalty && item.penalty <= -kInfinity;
      bool last = k + 1 == breaks_.size();
      double target = params_.line_widths[std::min<size_t>(line, params_.line_widths.size() - 1)];
      double r = 0;
      if (width < target) r = fill ? 0 : stretch > 0 ? (target - width) / stretch : 1e9;
      if (width > target) r = shrink > 0 ? (target - width) / shrink : -1e9;
      // The tolerance bounds shrinking too (TeX §851), and -1 bounds it always.
      if (r >= -std::min(1.0, params_.tolerance) - 1e-9 && r <= params_.tolerance) {
        bool hyphen = item.type == ItemType::kPenalty && item.flagged && !forced;
        int new_run = hyphen ? run + 1 : 0;
        if (params_.max_consecutive_hyphens == 0 || new_run <= params_.max_consecutive_hyphens) {
          double b = 100 * std::abs(r * r * r);
          double d = (params_.line_penalty + b) * (params_.line_penalty + b);
          if (item.type == ItemType::kPenalty) {
            if (item.penalty >= 0) d += item.penalty * item.penalty;
            else if (!forced) d -= item.penalty * item.penalty;
          }
          if (last && flagged) d += params_.final_hyphen_demerits;
          if (!last && hyphen && flagged) d += params_.flagged_demerits;
          bool counted = hyphen && !last;
          if (counted && params_.max_paragraph_hyphens > 0 &&
              hyphens >= params_.max_paragraph_hyphens) {
            d += params_.excess_hyphen_demerits;
          }
          int new_fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
          if (std::abs(new_fitness - fitness) > 1) d += params_.fitness_demerits;
          if (last) {
            auto [it, inserted] = best_.emplace(line + 1, demerits + d);
            if (!inserted) it->second = std::min(it->second, demerits + d);
          } else {
            size_t next_begin = at + 1;
            while (next_begin < items_.size() && items_[next_begin].type != ItemType::kBox &&
                   !(items_[next_begin].type == ItemType::kPenalty &&
                     items_[next_begin].penalty <= -kInfinity)) {
              ++next_begin;
            }
            Search(next_begin, k + 1, line + 1, new_fitness, hyphen, new_run,
                   hyphens + (counted ? 1 : 0), demerits + d);
          }
        }
      }
      if (forced) return;  // no line goes past a forced break
    }
  }

  const std::vector<Item>& items_;
  const BreakParams& params_;
  std::vector<size_t> breaks_;
  std::map<int, double> best_;
};

// Uniform integers from the raw generator, so the cases are the same on every platform.
int Uniform(std::mt19937& random, int low, int high) {
  return low + static_cast<int>(random() % static_cast<uint32_t>(high - low + 1));
}

std::vector<Item> RandomParagraph(std::mt19937& random) {
  std::vector<Item> items;
  int words = Uniform(random, 6, 16);
  for (int w = 0; w < words; ++w) {
    if (w > 0) {
      if (Uniform(random, 0, 19) == 0) {
        items.push_back(Item::FillGlue());
        items.push_back(Item::Penalty(0, -kInfinity, false));
      } else {
        if (Uniform(random, 0, 5) == 0) {
          items.push_back(Item::Penalty(0, Uniform(random, -200, 300), false));
        }
        // Named draws: the order of evaluation of function arguments is unspecified.
        double width = Uniform(random, 8, 12);
        double stretch = Uniform(random, 2, 8);
        double shrink = Uniform(random, 1, 4);
        items.push_back(Item::Glue(width, stretch, shrink));
      }
    }
    int syllables = Uniform(random, 1, 3);
    for (int s = 0; s < syllables; ++s) {
      if (s > 0) items.push_back(Item::Penalty(5, Uniform(random, 0, 2) * 50, true));
      items.push_back(Item::Box(Uniform(random, 8, 35)));
    }
  }
  items.push_back(Item::Penalty(0, kInfinity, false));
  items.push_back(Item::FillGlue());
  items.push_back(Item::Penalty(0, -kInfinity, true));
  return items;
}

BreakParams RandomParams(std::mt19937& random) {
  BreakParams params;
  int widths = Uniform(random, 1, 3);
  for (int i = 0; i < widths; ++i) params.line_widths.push_back(Uniform(random, 120, 220));
  const double kTolerances[] = {0.5, 0.8, 1, 1.5, 2, 3};
  params.tolerance = kTolerances[Uniform(random, 0, 5)];
  params.line_penalty = Uniform(random, 0, 1) ? 10 : 1;
  params.flagged_demerits = Uniform(random, 0, 3) * 3000;
  params.fitness_demerits = Uniform(random, 0, 3) * 3000;
  params.final_hyphen_demerits = Uniform(random, 0, 2) * 5000;
  params.max_consecutive_hyphens = Uniform(random, 0, 2);
  params.looseness = Uniform(random, 0, 1) == 0 ? Uniform(random, -1, 1) : 0;
  params.max_paragraph_hyphens = Uniform(random, 0, 2);
  params.excess_hyphen_demerits = Uniform(random, 0, 2) * 5000;
  return params;
}

TEST(BruteForceTest, OptimiserMatchesExhaustiveSearch) {
  std::mt19937 random(1981);
  int feasible_cases = 0, loose_cases = 0;
  for (int trial = 0; trial < 2500; ++trial) {
    std::vector<Item> items = RandomParagraph(random);
    BreakParams params = RandomParams(random);
    std::map<int, double> best = ExhaustiveBreaker(items, params).BestByLineCount();
    BreakResult result = BreakLines(items, params);
    if (best.empty()) {
      EXPECT_EQ(result.pass, 3) << "trial " << trial;
      continue;
    }
    ++feasible_cases;
    // The optimum, then TeX's looseness rule (TeX §875) over the feasible line counts.
    int optimum = best.begin()->first;
    for (const auto& [lines, demerits] : best) {
      if (demerits < best[optimum]) optimum = lines;
    }
    int chosen = optimum;
    for (const auto& [lines, demerits] : best) {
      int diff = lines - optimum, chosen_diff = chosen - optimum;
      if ((diff < chosen_diff && params.looseness <= diff) ||
          (diff > chosen_diff && params.looseness >= diff)) {
        chosen = lines;
      }
    }
    if (chosen != optimum) ++loose_cases;
    ASSERT_EQ(result.pass, 1) << "trial " << trial;
    EXPECT_EQ(static_cast<int>(result.lines.size()), chosen) << "trial " << trial;
    double tolerance = 1e-6 * (1 + std::abs(best[chosen]));
    EXPECT_NEAR(result.demerits, best[chosen], tolerance) << "trial " << trial;
  }
  // The random cases must exercise what they claim to.
  EXPECT_GT(feasible_cases, 1000);
  EXPECT_GT(loose_cases, 20);
}

}  // namespace
}  // namespace galley::linebreak
