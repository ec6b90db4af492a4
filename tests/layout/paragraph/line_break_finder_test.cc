// The line break finder gives ICU's opportunities, and a text asked for again — right after,
// after others, or after so many others that it was forgotten — gets the same answer as the
// first time.
#include "layout/paragraph/line_break_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace galley::layout {
namespace {

std::vector<uint32_t> FreshFind(const std::string& text) {
  Result<std::unique_ptr<LineBreakFinder>> finder = LineBreakFinder::Create("en-US");
  EXPECT_TRUE(finder.ok());
  std::vector<uint32_t> out;
  (*finder)->Find(text, &out);
  return out;
}

TEST(LineBreakFinderTest, OpportunitiesAfterSpacesAndHyphens) {
  EXPECT_EQ(FreshFind("a well-known word"), (std::vector<uint32_t>{2, 7, 13, 17}));
  EXPECT_EQ(FreshFind(""), (std::vector<uint32_t>{0}));
}

TEST(LineBreakFinderTest, TextsAskedAgainGetTheSameAnswer) {
  Result<std::unique_ptr<LineBreakFinder>> finder = LineBreakFinder::Create("en-US");
  ASSERT_TRUE(finder.ok());
  std::vector<std::string> texts;
  for (int i = 0; i < 20; ++i) {
    texts.push_back("Paragraph " + std::to_string(i) + " has a self-evident " +
                    std::string(static_cast<size_t>(i), 'x') + " word.");
  }
  texts.push_back("Paragraph 1");  // a prefix of another text
  std::vector<uint32_t> out;
  // Each text twice in a row, then all again in the same and in reverse order.
  for (int round = 0; round < 3; ++round) {
    for (size_t k = 0; k < texts.size(); ++k) {
      const std::string& text = round == 2 ? texts[texts.size() - 1 - k] : texts[k];
      for (int again = 0; again < (round == 0 ? 2 : 1); ++again) {
        (*finder)->Find(text, &out);
        EXPECT_EQ(out, FreshFind(text)) << text;
      }
    }
  }
}

}  // namespace
}  // namespace galley::layout
