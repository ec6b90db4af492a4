// The breaker's features one at a time, on synthetic widths small enough to check by hand.
#include "linebreak/knuth_plass.h"

#include <gtest/gtest.h>

#include <vector>

namespace galley::linebreak {
namespace {

// A word unit that cannot break inside: box(width), then glue(0, stretch, 0) that is not a
// legal break (it follows a penalty, not a box), then an empty box so a following glue can be.
void AddUnit(std::vector<Item>* items, double width, double stretch) {
  items->push_back(Item::Box(width));
  items->push_back(Item::Penalty(0, kInfinity, false));
  items->push_back(Item::Glue(0, stretch, 0));
  items->push_back(Item::Box(0));
}

void AddFinish(std::vector<Item>* items) {
  items->push_back(Item::Penalty(0, kInfinity, false));
  items->push_back(Item::FillGlue());
  items->push_back(Item::Penalty(0, -kInfinity, false));
}

// `count` words of `width`, separated by `space`, then the finishing sequence.
std::vector<Item> Words(int count, double width, Item space) {
  std::vector<Item> items;
  for (int i = 0; i < count; ++i) {
    if (i > 0) items.push_back(space);
    items.push_back(Item::Box(width));
  }
  AddFinish(&items);
  return items;
}

BreakParams Params(std::vector<double> widths, double tolerance = 1) {
  BreakParams params;
  params.line_widths = std::move(widths);
  params.tolerance = tolerance;
  return params;
}

std::vector<size_t> Ends(const BreakResult& result) {
  std::vector<size_t> ends;
  for (const Line& line : result.lines) ends.push_back(line.end);
  return ends;
}

// Every box lies on exactly one line: nothing lost, nothing set twice.
void ExpectEveryBoxOnOneLine(const std::vector<Item>& items, const BreakResult& result) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].type != ItemType::kBox) continue;
    int count = 0;
    for (const Line& line : result.lines) count += line.begin <= i && i < line.end;
    EXPECT_EQ(count, 1) << "box " << i;
  }
}

TEST(KnuthPlassTest, ForcedBreakEndsALine) {
  // Two short sentences on a wide measure; the forced break (after fil glue, like TeX's \\)
  // must end the first line although everything would fit on one.
  std::vector<Item> items = {Item::Box(30), Item::Glue(10, 5, 3), Item::Box(30),
                             Item::FillGlue(), Item::Penalty(0, -kInfinity, false),
                             Item::Box(30), Item::Glue(10, 5, 3), Item::Box(30)};
  AddFinish(&items);
  BreakResult result = BreakLines(items, Params({500}));
  EXPECT_EQ(result.pass, 1);
  EXPECT_EQ(Ends(result), (std::vector<size_t>{4, items.size() - 1}));
  EXPECT_EQ(result.lines[1].begin, 5u);
}

TEST(KnuthPlassTest, GlueBreakDiscardsFollowingGlueAndPenalties) {
  // box 90 | glue | glue 50 | penalty | box 90 on a measure of 90: the second line starts at the
  // second box, and the discarded 50 units of glue don't count against it (else overfull).
  std::vector<Item> items = {Item::Box(90), Item::Glue(10, 0, 0), Item::Glue(50, 0, 0),
                             Item::Penalty(0, 0, false), Item::Box(90)};
  AddFinish(&items);
  BreakResult result = BreakLines(items, Params({90}));
  ASSERT_EQ(result.lines.size(), 2u);
  EXPECT_EQ(result.pass, 1);
  EXPECT_EQ(result.lines[0].end, 1u);
  EXPECT_EQ(result.lines[1].begin, 4u);
  EXPECT_FALSE(result.lines[1].overfull);
}

TEST(KnuthPlassTest, BoxesThatMayStretchAddToTheLinesStretch) {
  // Words of 40 with glue (10, 2, 2) on a measure of 100: two words leave 10 to stretch over
  // 2 (r = 5, infeasible). Words that may widen by 4 each (glyph expansion) give the line
  // 2 + 8 = 10 of stretch: r = 1, and the ratio counts the boxes' share too.
  std::vector<Item> items;
  for (int i = 0; i < 4; ++i) {
    Item word = Item::Box(40);
    word.stretch = word.shrink = 4;
    items.push_back(word);
    if (i < 3) items.push_back(Item::Glue(10, 2, 2));
  }
  AddFinish(&items);
  BreakResult result = BreakLines(items, Params({100}));
  EXPECT_EQ(result.pass, 1);
  ASSERT_EQ(result.lines.size(), 2u);
  EXPECT_NEAR(result.lines[0].ratio, 1.0, 1e-9);
  EXPECT_FALSE(result.lines[0].underfull);
}

TEST(KnuthPlassTest, ToleranceBoundsShrinkingAsWellAsStretching) {
  // Words of 45 with glue (18, 5, 10) on a measure of 100: two words are 108, set at
  // r = -0.8; one word alone cannot stretch at all. TeX's tolerance bounds the badness of
  // either direction: at 1 the tight line is feasible, at 0.5 it is not, and only the last
  // pass sets it, reporting it as too tight (as it reports a loose one underfull).
  std::vector<Item> items = {Item::Box(45), Item::Glue(18, 5, 10), Item::Box(45),
                             Item::Glue(18, 5, 10), Item::Box(45)};
  AddFinish(&items);
  BreakResult loose_enough = BreakLines(items, Params({100}, 1));
  EXPECT_EQ(loose_enough.pass, 1);
  ASSERT_EQ(loose_enough.lines.size(), 2u);
  EXPECT_NEAR(loose_enough.lines[0].ratio, -0.8, 1e-9);
  EXPECT_FALSE(loose_enough.lines[0].too_tight);

  BreakResult strict = BreakLines(items, Params({100}, 0.5));
  EXPECT_EQ(strict.pass, 3);
  ASSERT_EQ(strict.lines.size(), 2u);
  EXPECT_NEAR(strict.lines[0].ratio, -0.8, 1e-9);
  EXPECT_TRUE(strict.lines[0].too_tight);
  EXPECT_FALSE(strict.lines[0].underfull);
}

TEST(KnuthPlassTest, AHyphenBesideAMarginNoteCostsMore) {
  // On a measure of 110, the first line either ends at the hyphen after "aaaaa" (110 exactly:
  // 10² + 50² + the final hyphen's 5000) or before that word, at r = 1 (110²): the hyphen is
  // cheaper, unless the line carries a margin note (item 2), which adds 10000 to it.
  std::vector<Item> items = {Item::Box(40), Item::Glue(10, 20, 3), Item::Box(40),
                             Item::Glue(10, 20, 3), Item::Box(5), Item::Penalty(5, 50, true),
                             Item::Box(30), Item::Glue(10, 20, 3), Item::Box(40)};
  AddFinish(&items);
  BreakParams params = Params({110}, 1);
  BreakResult plain = BreakLines(items, params);
  ASSERT_EQ(plain.lines.size(), 2u);
  EXPECT_EQ(plain.lines[0].end, 5u);
  EXPECT_TRUE(plain.lines[0].hyphenated);
  params.unhyphenated_line_items = {2};
  BreakResult noted = BreakLines(items, params);
  ASSERT_EQ(noted.lines.size(), 2u);
  EXPECT_EQ(noted.lines[0].end, 3u);
  EXPECT_FALSE(noted.lines[0].hyphenated);
  // A note on the second line leaves the first line's hyphen alone.
  params.unhyphenated_line_items = {8};
  EXPECT_EQ(BreakLines(items, params).lines[0].end, 5u);
}

TEST(KnuthPlassTest, ProtrusionShortensTheLinesItBeginsAndEnds) {
  // Words of 53 and 40 with glue (10, 2, 2) on a measure of 100: "word. word" is 103, overfull
  // even fully shrunk (101), unless 3.5 of the first word may hang into a margin: 99.5, r = 0.25.
  Item stop = Item::Box(53);
  stop.hang_right = 3.5f;  // "aaaa." ending a line
  std::vector<Item> items = {Item::Box(40), Item::Glue(10, 2, 2), stop, Item::Glue(10, 2, 2),
                             Item::Box(40)};
  AddFinish(&items);
  BreakParams params = Params({100}, 1.5);
  BreakResult right = BreakLines(items, params);
  EXPECT_EQ(right.pass, 1);
  EXPECT_EQ(right.lines[0].end, 3u);
  // "‘word word", beginning a line after a forced break.
  Item quoted = Item::Box(53);
  quoted.hang_left = 3.5f;
  std::vector<Item> left_items = {Item::Box(40), Item::FillGlue(), Item::Penalty(0, -kInfinity,
                                  false), quoted, Item::Glue(10, 2, 2), Item::Box(40),
                                  Item::Glue(10, 2, 2), Item::Box(40)};
  AddFinish(&left_items);
  BreakResult left = BreakLines(left_items, params);
  EXPECT_EQ(left.pass, 1);
  ASSERT_EQ(left.lines.size(), 3u);
  EXPECT_NEAR(left.lines[1].ratio, 0.25, 1e-6);
  // Without the hangs neither fits.
  items[2].hang_right = 0;
  left_items[3].hang_left = 0;
  EXPECT_EQ(BreakLines(items, params).pass, 3);
  EXPECT_EQ(BreakLines(left_items, params).pass, 3);
}

TEST(KnuthPlassTest, InfinitePenaltyIsNeverABreak) {
  // A break at the penalty (index 1) would give two perfect lines; it is forbidden, so the
  // only way out is the overfull fallback, which still never breaks there.
  std::vector<Item> items = {Item::Box(100), Item::Penalty(0, kInfinity, false), Item::Box(100)};
  AddFinish(&items);
  BreakResult result = BreakLines(items, Params({100}));
  EXPECT_EQ(result.pass, 3);
  for (const Line& line : result.lines) EXPECT_NE(line.end, 1u);
  ExpectEveryBoxOnOneLine(items, result);
}

TEST(KnuthPlassTest, EmergencyStretchRescuesAnInfeasibleParagraph) {
  // Words of 40 with glue (10, 2, 2) on a measure of 100: two words leave 10 to stretch over
  // 2 (r = 5), three are overfull. Emergency stretch 20 makes r = 10/22 feasible.
  std::vector<Item> items = Words(4, 40, Item::Glue(10, 2, 2));
  BreakParams params = Params({100});
  BreakResult first_only = BreakLines(items, params);
  EXPECT_EQ(first_only.pass, 3);  // no emergency stretch: straight to the fallback

  params.emergency_stretch = 20;
  BreakResult result = BreakLines(items, params);
  EXPECT_EQ(result.pass, 2);
  ASSERT_EQ(result.lines.size(), 2u);
  // The reported ratio is for the line's real glue: 10 / 2.
  EXPECT_NEAR(result.lines[0].ratio, 5.0, 1e-9);
  EXPECT_TRUE(result.lines[0].underfull);
  EXPECT_FALSE(result.lines[0].overfull);
  ExpectEveryBoxOnOneLine(items, result);
}

TEST(KnuthPlassTest, OverfullFallbackKeepsEveryWord) {
  // A word of 150 on a measure of 100: nothing is feasible even with emergency stretch.
  std::vector<Item> items = {Item::Box(40), Item::Glue(10, 5, 3), Item::Box(150),
                             Item::Glue(10, 5, 3), Item::Box(40), Item::Glue(10, 5, 3),
                             Item::Box(40)};
  AddFinish(&items);
  BreakParams params = Params({100});
  params.emergency_stretch = 30;
  BreakResult result = BreakLines(items, params);
  EXPECT_EQ(result.pass, 3);
  ExpectEveryBoxOnOneLine(items, result);
  int overfull = 0;
  for (const Line& line : result.lines) {
    if (!line.overfull) continue;
    ++overfull;
    EXPECT_TRUE(line.begin <= 2 && 2 < line.end) << "the overfull line holds the long word";
    EXPECT_EQ(line.ratio, -1);
  }
  EXPECT_EQ(overfull, 1);
}

TEST(KnuthPlassTest, LoosenessChangesTheLineCountWhenFeasible) {
  // Words of 20, glue (10, 10, 6), measure 120: 3 words stretch to r = 2, 4 words r = 1/3,
  // 5 words shrink to r = -5/6. The optimum sets 4 a line.
  std::vector<Item> items = Words(20, 20, Item::Glue(10, 10, 6));
  BreakParams params = Params({120}, 2);
  size_t optimum = BreakLines(items, params).lines.size();
  EXPECT_EQ(optimum, 5u);

  params.looseness = 1;
  BreakResult looser = BreakLines(items, params);
  EXPECT_EQ(looser.lines.size(), 6u);
  params.looseness = -1;
  BreakResult tighter = BreakLines(items, params);
  EXPECT_EQ(tighter.lines.size(), 4u);
  for (const BreakResult* result : {&looser, &tighter}) {
    EXPECT_EQ(result->pass, 1);
    for (const Line& line : result->lines) EXPECT_TRUE(line.ratio >= -1 && line.ratio <= 2);
  }
  // Two fewer lines would need 7 words a line (overfull): the closest feasible count wins.
  params.looseness = -2;
  EXPECT_EQ(BreakLines(items, params).lines.size(), 4u);
}

// Three lines. The first must end at hyphen H1 (index 2); the second can end at hyphen H2
// (index 8, r = 0, penalty 50) or at the glue G2 before (index 5, r = 0.8, badness 51.2):
//   H2: 2600 + 2600 (+ flagged) + 100;  G2: 2600 + 3745.44 + 100.
std::vector<Item> TwoHyphenParagraph() {
  std::vector<Item> items = {
      Item::Box(60), Item::Glue(10, 20, 2), Item::Box(30), Item::Penalty(0, 50, true),  // H1: 3
      Item::Box(34), Item::Glue(10, 20, 2), Item::Box(40), Item::Glue(10, 20, 2),       // G2: 5
      Item::Box(6),  Item::Penalty(0, 50, true), Item::Box(30)};                        // H2: 9
  AddFinish(&items);
  return items;
}

TEST(KnuthPlassTest, FlaggedDemeritsAvoidConsecutiveHyphens) {
  std::vector<Item> items = TwoHyphenParagraph();
  BreakParams params = Params({100});
  params.final_hyphen_demerits = 0;
  params.max_consecutive_hyphens = 0;
  params.flagged_demerits = 0;
  BreakResult stacked = BreakLines(items, params);
  EXPECT_EQ(Ends(stacked), (std::vector<size_t>{3, 9, items.size() - 1}));
  EXPECT_TRUE(stacked.lines[0].hyphenated && stacked.lines[1].hyphenated);
  EXPECT_DOUBLE_EQ(stacked.demerits, 2600 + 2600 + 100);

  params.flagged_demerits = 10000;
  BreakResult avoided = BreakLines(items, params);
  EXPECT_EQ(Ends(avoided), (std::vector<size_t>{3, 7, items.size() - 1}));
  EXPECT_NEAR(avoided.lines[1].ratio, 0.8, 1e-9);
  EXPECT_NEAR(avoided.demerits, 2600 + 3745.44 + 100, 1e-6);

  params.flagged_demerits = 0;  // a hard limit does the same
  params.max_consecutive_hyphens = 1;
  EXPECT_EQ(Ends(BreakLines(items, params)), (std::vector<size_t>{3, 7, items.size() - 1}));
}

TEST(KnuthPlassTest, ExcessHyphenDemeritsCountTheWholeParagraph) {
  // The same two hyphens, now kept apart from flagged demerits: only the paragraph's count
  // of hyphenated lines costs. One hyphen allowed: the second costs 10000 (more than the
  // 1145.44 that G2 costs beyond H2); two allowed: nothing to pay.
  std::vector<Item> items = TwoHyphenParagraph();
  BreakParams params = Params({100});
  params.final_hyphen_demerits = 0;
  params.max_consecutive_hyphens = 0;
  params.flagged_demerits = 0;
  params.max_paragraph_hyphens = 1;
  params.excess_hyphen_demerits = 10000;
  BreakResult limited = BreakLines(items, params);
  EXPECT_EQ(Ends(limited), (std::vector<size_t>{3, 7, items.size() - 1}));
  EXPECT_NEAR(limited.demerits, 2600 + 3745.44 + 100, 1e-6);

  params.max_paragraph_hyphens = 2;
  EXPECT_EQ(Ends(BreakLines(items, params)), (std::vector<size_t>{3, 9, items.size() - 1}));
  params.max_paragraph_hyphens = 1;
  params.excess_hyphen_demerits = 1000;  // cheaper than the loose line: the hyphen is paid for
  BreakResult paid = BreakLines(items, params);
  EXPECT_EQ(Ends(paid), (std::vector<size_t>{3, 9, items.size() - 1}));
  EXPECT_DOUBLE_EQ(paid.demerits, 2600 + 2600 + 100 + 1000);
}

TEST(KnuthPlassTest, FinalHyphenDemeritsKeepTheLastButOneLineWhole) {
  // The second and third lines of TwoHyphenParagraph alone: H (index 5, 2600) against G
  // (index 3, 3745.44); the final hyphen demerits tip it.
  std::vector<Item> items = {Item::Box(34), Item::Glue(10, 20, 2), Item::Box(40),
                             Item::Glue(10, 20, 2), Item::Box(6), Item::Penalty(0, 50, true),
                             Item::Box(30)};
  AddFinish(&items);
  BreakParams params = Params({100});
  params.final_hyphen_demerits = 0;
  EXPECT_EQ(BreakLines(items, params).lines[0].end, 5u);
  params.final_hyphen_demerits = 5000;
  BreakResult result = BreakLines(items, params);
  EXPECT_EQ(result.lines[0].end, 3u);
  EXPECT_FALSE(result.lines[0].hyphenated);
}

TEST(KnuthPlassTest, FitnessDemeritsAvoidAVeryLooseLineNextToADecentOne) {
  // Units (see AddUnit) U1 = (76, stretch 40), U2 = (24, 20), U3 = (28, 60) on a measure of
  // 100, justified to the end (no fil). Breaking after U2 (index 9): r = 0 then r = 1.2 (very
  // loose, next to decent): 100 + 33415.84. Breaking at the penalty of 180 after U1 (index 4):
  // r = 0.6 twice: 998.56 * 2 + 32400 = 34397.12, better once fitness demerits count.
  std::vector<Item> items;
  AddUnit(&items, 76, 40);
  items.push_back(Item::Penalty(0, 180, false));
  AddUnit(&items, 24, 20);
  items.push_back(Item::Glue(0, 0, 0));
  AddUnit(&items, 28, 60);
  items.push_back(Item::Penalty(0, -kInfinity, false));
  BreakParams params = Params({100}, 1.5);
  params.fitness_demerits = 0;
  BreakResult uneven = BreakLines(items, params);
  EXPECT_EQ(uneven.lines[0].end, 9u);
  EXPECT_EQ(uneven.lines[1].fitness, Fitness::kVeryLoose);
  EXPECT_NEAR(uneven.demerits, 100 + 33415.84, 1e-6);

  params.fitness_demerits = 10000;
  BreakResult even = BreakLines(items, params);
  EXPECT_EQ(even.lines[0].end, 4u);
  EXPECT_EQ(even.lines[0].fitness, Fitness::kLoose);
  EXPECT_EQ(even.lines[1].fitness, Fitness::kLoose);
  EXPECT_NEAR(even.demerits, 34397.12, 1e-6);
}

TEST(KnuthPlassTest, VaryingLineWidthsApplyPerLineAndTheLastRepeats) {
  // Words of 10 with glue (10, 2, 2): k words are 20k - 10 wide, so measures 50, 30, 70 fit
  // 3, 2 and 4 words exactly; the fourth line repeats 70.
  std::vector<Item> items = Words(14, 10, Item::Glue(10, 2, 2));
  BreakResult result = BreakLines(items, Params({50, 30, 70}));
  ASSERT_EQ(result.lines.size(), 5u);
  // Word k (0-based) is item 2k; the glue after it is item 2k + 1.
  EXPECT_EQ(Ends(result), (std::vector<size_t>{5, 9, 17, 25, items.size() - 1}));
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(result.lines[i].ratio, 0) << "line " << i + 1;
}

TEST(KnuthPlassTest, ListWithoutFinishingSequenceEndsAsIfItHadOne) {
  std::vector<Item> items = {Item::Box(30), Item::Glue(10, 5, 3), Item::Box(30)};
  BreakResult result = BreakLines(items, Params({500}));
  ASSERT_EQ(result.lines.size(), 1u);
  EXPECT_EQ(result.lines[0].end, items.size());
  EXPECT_EQ(result.lines[0].ratio, 0);
  EXPECT_TRUE(BreakLines({}, Params({500})).lines.empty());
}

}  // namespace
}  // namespace galley::linebreak
