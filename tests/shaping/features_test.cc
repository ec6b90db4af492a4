#include "shaping/features.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace galley::shaping {
namespace {

// The features' values by tag, as HarfBuzz would read them.
std::map<hb_tag_t, uint32_t> ValuesOf(const FeatureSet& set) {
  std::map<hb_tag_t, uint32_t> values;
  for (const hb_feature_t& feature : set.ToHarfBuzz()) {
    EXPECT_EQ(feature.start, HB_FEATURE_GLOBAL_START);
    EXPECT_EQ(feature.end, HB_FEATURE_GLOBAL_END);
    EXPECT_EQ(values.count(feature.tag), 0u) << "feature given twice";
    values[feature.tag] = feature.value;
  }
  return values;
}

TEST(FeatureSetTest, DefaultsKernAndLigatesWithLiningFigures) {
  std::map<hb_tag_t, uint32_t> values = ValuesOf(FeatureSet{});
  EXPECT_EQ(values[HB_TAG('k', 'e', 'r', 'n')], 1u);
  EXPECT_EQ(values[HB_TAG('l', 'i', 'g', 'a')], 1u);
  EXPECT_EQ(values[HB_TAG('c', 'l', 'i', 'g')], 1u);
  EXPECT_EQ(values[HB_TAG('s', 'm', 'c', 'p')], 0u);
  EXPECT_EQ(values[HB_TAG('c', '2', 's', 'c')], 0u);
  EXPECT_EQ(values[HB_TAG('l', 'n', 'u', 'm')], 1u);
  EXPECT_EQ(values.count(HB_TAG('o', 'n', 'u', 'm')), 0u);
  EXPECT_EQ(values[HB_TAG('t', 'n', 'u', 'm')], 0u);
}

TEST(FeatureSetTest, EachFlagReachesItsFeature) {
  FeatureSet set;
  set.kerning = false;
  set.ligatures = false;
  set.small_caps = true;
  set.caps_to_small_caps = true;
  set.oldstyle_figures = true;
  set.tabular_figures = true;
  std::map<hb_tag_t, uint32_t> values = ValuesOf(set);
  EXPECT_EQ(values[HB_TAG('k', 'e', 'r', 'n')], 0u);
  EXPECT_EQ(values[HB_TAG('l', 'i', 'g', 'a')], 0u);
  EXPECT_EQ(values[HB_TAG('c', 'l', 'i', 'g')], 0u);
  EXPECT_EQ(values[HB_TAG('s', 'm', 'c', 'p')], 1u);
  EXPECT_EQ(values[HB_TAG('c', '2', 's', 'c')], 1u);
  EXPECT_EQ(values[HB_TAG('o', 'n', 'u', 'm')], 1u);
  EXPECT_EQ(values.count(HB_TAG('l', 'n', 'u', 'm')), 0u);
  EXPECT_EQ(values[HB_TAG('t', 'n', 'u', 'm')], 1u);
}

TEST(FeatureSetTest, BitsTellEverySetApart) {
  std::set<unsigned> seen;
  for (unsigned mask = 0; mask < 64; ++mask) {
    FeatureSet set{(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0,
                   (mask & 8) != 0, (mask & 16) != 0, (mask & 32) != 0};
    EXPECT_TRUE(seen.insert(set.Bits()).second) << mask;
  }
  EXPECT_NE(FeatureSet{}.Bits(), FeatureSet{.small_caps = true}.Bits());
}

}  // namespace
}  // namespace galley::shaping
