// The print edition's date belongs to the first edition a source names.
#include "model/print_edition.h"

#include <gtest/gtest.h>

#include "model/document.h"

namespace galley::model {
namespace {

TEST(SplitSourceTest, TheDateFollowsTheFirstEdition) {
  Metadata metadata;
  metadata.source = "Solidarity pamphlet, no. 7; first published in Politics (New York)";
  metadata.source_date = "1961";
  SourceEditions editions = SplitSource(metadata);
  EXPECT_EQ(editions.first, "Solidarity pamphlet, no. 7");
  EXPECT_EQ(editions.rest, "; first published in Politics (New York)");
  EXPECT_TRUE(editions.date_after_first);
}

TEST(SplitSourceTest, NoDateWhereTheEditionHoldsItOrNoneIsGiven) {
  Metadata metadata;
  metadata.source = "Kurt Wolff Verlag, Leipzig, 1917; Project Gutenberg eBook #22367";
  metadata.source_date = "1917";
  EXPECT_FALSE(SplitSource(metadata).date_after_first);
  metadata.source = "One edition only";
  metadata.source_date.clear();
  SourceEditions editions = SplitSource(metadata);
  EXPECT_EQ(editions.first, "One edition only");
  EXPECT_TRUE(editions.rest.empty());
  EXPECT_FALSE(editions.date_after_first);
}

}  // namespace
}  // namespace galley::model
