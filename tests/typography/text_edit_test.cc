#include "typography/text_edit.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

TEST(TextEditTest, AppliesSortedEdits) {
  TextFix fix = MakeTextFix("abcdef", {{4, 1, "XY", {}}, {0, 2, "", {}}});
  EXPECT_EQ(fix.text, "cdXYf");
  ASSERT_EQ(fix.edits.size(), 2u);
  EXPECT_EQ(fix.edits[0].offset, 0u);
}

TEST(TextEditTest, NoEditsKeepsText) {
  EXPECT_EQ(ApplyEdits("same", {}), "same");
}

}  // namespace
}  // namespace galley
