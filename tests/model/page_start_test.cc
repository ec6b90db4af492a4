#include "model/page_start.h"

#include <gtest/gtest.h>

namespace galley::model {
namespace {

using Numbering = PageStart::Numbering;

TEST(PageStartTest, ArabicRomanAndOtherLabels) {
  PageStart arabic = ClassifyPageStart("7");
  EXPECT_EQ(arabic.numbering, Numbering::kArabic);
  EXPECT_EQ(arabic.number, 7);
  PageStart roman = ClassifyPageStart("xiv");
  EXPECT_EQ(roman.numbering, Numbering::kRoman);
  EXPECT_EQ(roman.number, 14);
  for (const char* label : {"A-3", "12a", "07", "b", "IV", "iiii"}) {
    PageStart other = ClassifyPageStart(label);
    EXPECT_EQ(other.numbering, Numbering::kOther) << label;
    EXPECT_EQ(other.number, 0) << label;
    EXPECT_EQ(other.label, label);
  }
}

TEST(PageStartTest, TheAnchorIsTheLabelAsWritten) {
  EXPECT_EQ(ClassifyPageStart("6").id(), "page-6");
  EXPECT_EQ(ClassifyPageStart("A-3").id(), "page-A-3");
}

}  // namespace
}  // namespace galley::model
