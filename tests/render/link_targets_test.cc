// Destinations checked page by page (link_targets.h): names plain and unique as each page
// comes, links and bookmarks once every page is in, so a link may point ahead.
#include "render/link_targets.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "render/render_fixture.h"

namespace galley::render {
namespace {

using ::testing::HasSubstr;
using testing::Destination;
using testing::Link;
using testing::Page;

TEST(DestinationCheckTest, ALinkMayPointAtALaterPage) {
  frames::DocumentFrames book;
  book.outline.push_back({"Chapter", 1, "chapter-1"});
  DestinationCheck check;
  ASSERT_TRUE(check.AddPage(0, Page({Link("chapter-1", 10, 10, 50, 12)})).ok());
  ASSERT_TRUE(check.AddPage(1, Page({Destination("chapter-1", 10, 500)})).ok());
  EXPECT_TRUE(check.Finish(book).ok());
}

TEST(DestinationCheckTest, ADeadLinkOrBookmarkIsFoundAtTheEnd) {
  frames::DocumentFrames book;
  DestinationCheck check;
  ASSERT_TRUE(check.AddPage(0, Page({Destination("page-1", 10, 500)})).ok());
  ASSERT_TRUE(check.AddPage(1, Page({Link("page-9", 10, 10, 50, 12)})).ok());
  EXPECT_THAT(check.Finish(book).error().message,
              HasSubstr("page 2 of the frames: link to \"page-9\""));

  DestinationCheck bookmarks;
  book.outline.push_back({"Notes", 1, "notes"});
  ASSERT_TRUE(bookmarks.AddPage(0, Page({Destination("page-1", 10, 500)})).ok());
  EXPECT_THAT(bookmarks.Finish(book).error().message, HasSubstr("bookmark \"Notes\""));
}

TEST(DestinationCheckTest, NamesArePlainAndUniqueAsPagesCome) {
  DestinationCheck check;
  ASSERT_TRUE(check.AddPage(0, Page({Destination("page-6", 10, 500)})).ok());
  EXPECT_THAT(check.AddPage(1, Page({Destination("page-6", 10, 400)})).error().message,
              HasSubstr("page 2 of the frames: destination \"page-6\" is defined twice"));
  EXPECT_FALSE(check.AddPage(2, Page({Destination("page 7", 10, 400)})).ok());
}

}  // namespace
}  // namespace galley::render
