// The page-label number tree (ISO 32000-1 §12.4.2): ranges start at index 0 and wherever a
// label does not continue the one before.
#include "render/page_labels.h"

#include <gtest/gtest.h>

namespace galley::render {
namespace {

TEST(PageLabelsTest, ABookNumberedFromItsFirstPageHasOneRangeAtIndexZero) {
  EXPECT_EQ(PageLabelTree({"1", "2", "3"}), "<< /Nums [ 0 << /S /D >> ] >>");
}

TEST(PageLabelsTest, RomanFrontMatterThenArabic) {
  EXPECT_EQ(PageLabelTree({"i", "ii", "iii", "iv", "1", "2"}),
            "<< /Nums [ 0 << /S /r >> 4 << /S /D >> ] >>");
  EXPECT_EQ(PageLabelTree({"v", "vi", "7"}), "<< /Nums [ 0 << /S /r /St 5 >> 2 << /S /D /St 7 >> ] >>");
}

TEST(PageLabelsTest, AGapOrAJumpStartsANewRange) {
  EXPECT_EQ(PageLabelTree({"1", "2", "5", "6"}), "<< /Nums [ 0 << /S /D >> 2 << /S /D /St 5 >> ] >>");
  EXPECT_EQ(PageLabelTree({"", "", "3", "4"}), "<< /Nums [ 0 << >> 1 << >> 2 << /S /D /St 3 >> ] >>");
}

TEST(PageLabelsTest, OtherLabelsAreShownAsWritten) {
  EXPECT_EQ(PageLabelTree({"Cover", "iiii", "07", "A-3"}),
            "<< /Nums [ 0 << /P (Cover) >> 1 << /P (iiii) >> 2 << /P (07) >> 3 << /P (A-3) >> ] >>");
  EXPECT_EQ(PageLabelTree({"(x)"}), "<< /Nums [ 0 << /P (\\(x\\)) >> ] >>");
  // Not ASCII: a UTF-16BE text string with its byte order mark.
  EXPECT_EQ(PageLabelTree({"é"}), "<< /Nums [ 0 << /P <FEFF00E9> >> ] >>");
}

TEST(PageLabelsTest, NoLabelsNoTree) {
  EXPECT_EQ(PageLabelTree({}), "");
  EXPECT_EQ(PageLabelTree({"", ""}), "");
}

}  // namespace
}  // namespace galley::render
