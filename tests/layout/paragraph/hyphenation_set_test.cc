// The hyphenation of a book and its passages (hyphenation_set.h): a passage language's
// patterns are loaded once, the first time it is met, and only then is the manuscript position
// worked out (counting from the paragraph's start for every word made a long paragraph's items
// quadratic).
#include "layout/paragraph/hyphenation_set.h"

#include <gtest/gtest.h>

namespace galley::layout {
namespace {

TEST(HyphenationSetTest, APassageLanguageIsLoadedOnceAndPlacedOnlyThen) {
  int loads = 0;
  SourcePos loaded_at;
  auto loader = [&](const std::string&, SourcePos where)
      -> Result<std::unique_ptr<hyphen::Hyphenator>> {
    ++loads;
    loaded_at = where;
    return std::unique_ptr<hyphen::Hyphenator>();  // set without hyphenation
  };
  HyphenationSet set(nullptr, "en-US", loader);
  int placed = 0;
  auto where = [&placed] {
    ++placed;
    return SourcePos{7, 3};
  };
  for (const char* tag : {"", "en-US", "en-us"}) {
    ASSERT_TRUE(set.For(tag, where).ok());
  }
  EXPECT_EQ(placed, 0);  // the book's own language needs no position
  for (int i = 0; i < 3; ++i) {
    Result<HyphenationCache*> german = set.For("de", where);
    ASSERT_TRUE(german.ok());
    EXPECT_EQ(*german, nullptr);  // the loader gave no patterns
  }
  EXPECT_EQ(loads, 1);
  EXPECT_EQ(placed, 1);
  EXPECT_EQ(loaded_at.line, 7);
  EXPECT_EQ(loaded_at.column, 3);
}

}  // namespace
}  // namespace galley::layout
