#include "check/link_target.h"

#include <gtest/gtest.h>

namespace galley::check {
namespace {

TEST(LinkTargetTest, ResolvesRelativeToTheContainingFile) {
  LinkTarget target = ResolveLink("EPUB/text/ch1.xhtml", "../images/cover.png");
  EXPECT_FALSE(target.external);
  EXPECT_FALSE(target.escapes_root);
  EXPECT_EQ(target.path, "EPUB/images/cover.png");
  EXPECT_EQ(target.fragment, "");
}

TEST(LinkTargetTest, SplitsAndDecodesTheFragment) {
  LinkTarget target = ResolveLink("EPUB/nav.xhtml", "text/ch%201.xhtml#page-6%C3%A9");
  EXPECT_EQ(target.path, "EPUB/text/ch 1.xhtml");
  EXPECT_EQ(target.fragment, "page-6\xC3\xA9");
}

TEST(LinkTargetTest, FragmentOnlyMeansTheSameFile) {
  LinkTarget target = ResolveLink("EPUB/text/ch1.xhtml", "#note-1");
  EXPECT_EQ(target.path, "EPUB/text/ch1.xhtml");
  EXPECT_EQ(target.fragment, "note-1");
}

TEST(LinkTargetTest, DotSegmentsAreRemovedAndQueriesIgnored) {
  EXPECT_EQ(ResolveLink("EPUB/a/b.xhtml", "./../c/./d.xhtml?x=1").path, "EPUB/c/d.xhtml");
  EXPECT_EQ(ResolveLink("package.opf", "text/ch1.xhtml").path, "text/ch1.xhtml");
}

TEST(LinkTargetTest, ClimbingAboveTheRootIsFlagged) {
  EXPECT_TRUE(ResolveLink("EPUB/ch1.xhtml", "../../x.xhtml").escapes_root);
  EXPECT_TRUE(ResolveLink("EPUB/ch1.xhtml", "/EPUB/x.xhtml").escapes_root);
  EXPECT_FALSE(ResolveLink("EPUB/ch1.xhtml", "../x.xhtml").escapes_root);
}

TEST(LinkTargetTest, SchemesAreExternal) {
  EXPECT_TRUE(ResolveLink("EPUB/ch1.xhtml", "https://example.org/#x").external);
  EXPECT_TRUE(ResolveLink("EPUB/ch1.xhtml", "mailto:a@example.org").external);
  EXPECT_FALSE(ResolveLink("EPUB/ch1.xhtml", "ch2.xhtml#a:b").external);
  EXPECT_FALSE(
      ResolveLink("EPUB/ch1.xhtml", "1:2.xhtml").external);  // a scheme starts with a letter
}

TEST(LinkTargetTest, MalformedEscapesAreKept) {
  EXPECT_EQ(PercentDecode("100%"), "100%");
  EXPECT_EQ(PercentDecode("%zz%41"), "%zzA");
}

}  // namespace
}  // namespace galley::check
