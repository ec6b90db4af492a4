// The page-label number tree (ISO 32000-1 §12.4.2): ranges start at index 0 and wherever a
// label does not continue the one before.
#include "render/page_labels.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render_fixture.h"

namespace galley::render {
namespace {

// The tree for labels typed as layout types them (render_fixture.h's TestLabel).
std::string Tree(const std::vector<std::string>& texts) {
  std::vector<frames::PageLabel> labels;
  for (const std::string& text : texts) labels.push_back(testing::TestLabel(text));
  return PageLabelTree(labels);
}

TEST(PageLabelsTest, ABookNumberedFromItsFirstPageHasOneRangeAtIndexZero) {
  EXPECT_EQ(Tree({"1", "2", "3"}), "<< /Nums [ 0 << /S /D >> ] >>");
}

TEST(PageLabelsTest, RomanFrontMatterThenArabic) {
  EXPECT_EQ(Tree({"i", "ii", "iii", "iv", "1", "2"}),
            "<< /Nums [ 0 << /S /r >> 4 << /S /D >> ] >>");
  EXPECT_EQ(Tree({"v", "vi", "7"}), "<< /Nums [ 0 << /S /r /St 5 >> 2 << /S /D /St 7 >> ] >>");
}

TEST(PageLabelsTest, AGapOrAJumpStartsANewRange) {
  EXPECT_EQ(Tree({"1", "2", "5", "6"}), "<< /Nums [ 0 << /S /D >> 2 << /S /D /St 5 >> ] >>");
  EXPECT_EQ(Tree({"", "", "3", "4"}), "<< /Nums [ 0 << >> 1 << >> 2 << /S /D /St 3 >> ] >>");
}

TEST(PageLabelsTest, OtherLabelsAreShownAsWritten) {
  EXPECT_EQ(Tree({"Cover", "iiii", "07", "A-3"}),
            "<< /Nums [ 0 << /P (Cover) >> 1 << /P (iiii) >> 2 << /P (07) >> 3 << /P (A-3) >> ] >>");
  EXPECT_EQ(Tree({"(x)"}), "<< /Nums [ 0 << /P (\\(x\\)) >> ] >>");
  // Not ASCII: a UTF-16BE text string with its byte order mark.
  EXPECT_EQ(Tree({"é"}), "<< /Nums [ 0 << /P <FEFF00E9> >> ] >>");
}

TEST(PageLabelsTest, NoLabelsNoTree) {
  EXPECT_EQ(Tree({}), "");
  EXPECT_EQ(Tree({"", ""}), "");
}

}  // namespace
}  // namespace galley::render
