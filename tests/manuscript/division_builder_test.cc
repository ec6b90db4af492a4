// Divisions, through the whole parser. Test bodies start on line 6 (after testing::kFrontMatter).
#include "manuscript/division_builder.h"

#include <gtest/gtest.h>

#include "manuscript_test_support.h"

namespace galley::manuscript {
namespace {

using model::BlockKind;
using model::DivisionKind;
using testing::FailsAt;
using testing::Range;

TEST(DivisionBuilderTest, WithoutTagsTheBookIsOneBodyDivision) {
  Result<model::Document> document = testing::ParseBody("One.\n\n# Head\n\nTwo.\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  ASSERT_EQ(document->divisions.size(), 1u);
  const model::Division& body = document->divisions[0];
  EXPECT_EQ(body.kind, DivisionKind::kBody);
  EXPECT_EQ(body.id, "body");
  EXPECT_EQ(body.role, "");
  EXPECT_EQ(Range(body.range), "6:1-10:5");
}

TEST(DivisionBuilderTest, FrontBodyAndBackInReadingOrder) {
  Result<model::Document> document = testing::ParseBody(
      "<division kind=\"front\" role=\"biography\" title=\"About the Author\">\n\n"
      "Born in 1890.\n\n"
      "</division>\n\n"
      "<division kind=\"body\">\n\n"
      "# Kronstadt\n\nText.\n\n"
      "</division>\n\n"
      "<division kind=\"back\" role=\"colophon\">\n\n"
      "Published by SOLIDARITY.\n\n"
      "</division>\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  ASSERT_EQ(document->divisions.size(), 3u);
  const model::Division& front = document->divisions[0];
  EXPECT_EQ(front.kind, DivisionKind::kFront);
  EXPECT_EQ(front.role, "biography");
  EXPECT_EQ(front.title, "About the Author");
  EXPECT_EQ(front.id, "biography");
  EXPECT_EQ(Range(front.range), "6:1-10:12");
  EXPECT_EQ(document->divisions[1].kind, DivisionKind::kBody);
  EXPECT_EQ(document->divisions[1].id, "body");
  EXPECT_TRUE(document->divisions[1].sections.at(0).has_heading);
  const model::Division& back = document->divisions[2];
  EXPECT_EQ(back.kind, DivisionKind::kBack);
  EXPECT_EQ(back.id, "colophon");
  EXPECT_EQ(model::PlainText(back.sections.at(0).blocks.at(0).inlines),
            "Published by SOLIDARITY.");
}

TEST(DivisionBuilderTest, PageMarkerBetweenDivisionsOpensTheNext) {
  Result<model::Document> document = testing::ParseBody(
      "<division kind=\"front\">\n\nA.\n\n</division>\n\n<pb n=\"2\"/>\n\n"
      "<division kind=\"body\">\n\nB.\n\n</division>\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  const model::Division& body = document->divisions.at(1);
  EXPECT_EQ(body.sections.at(0).blocks.at(0).kind, BlockKind::kPageStart);
  EXPECT_EQ(Range(body.range), "12:1-18:12");
  EXPECT_EQ(document->divisions[0].id, "front");
}

// A titled division whose text opens with no heading gets its title as its level-1 heading,
// after the page start that opens it, with the rest of its text (and deeper headings) inside.
TEST(DivisionBuilderTest, ATitleIsTheHeadingOfADivisionThatHasNone) {
  Result<model::Document> document = testing::ParseBody(
      "<pb n=\"iv\"/>\n\n"
      "<division kind=\"front\" role=\"biography\" title=\"About the Author\">\n\n"
      "Born in 1890.\n\n## Later\n\nDied in 1947.\n\n"
      "</division>\n\n"
      "<division kind=\"body\" title=\"Kronstadt\">\n\n# KRONSTADT 21\n\nText.\n\n</division>\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  const model::Division& front = document->divisions.at(0);
  ASSERT_EQ(front.sections.size(), 2u);
  EXPECT_EQ(front.sections[0].blocks.at(0).kind, BlockKind::kPageStart);  // page iv opens it
  const model::Section& titled = front.sections[1];
  ASSERT_TRUE(titled.has_heading);
  EXPECT_TRUE(titled.heading.division_title);
  EXPECT_EQ(titled.heading.level, 1);
  EXPECT_EQ(model::PlainText(titled.heading.inlines), "About the Author");
  EXPECT_EQ(titled.heading.id, "biography-title");
  EXPECT_EQ(Range(titled.heading.range), "8:1-8:66");  // the division tag
  EXPECT_EQ(model::PlainText(titled.blocks.at(0).inlines), "Born in 1890.");
  EXPECT_EQ(titled.subsections.at(0).heading.id, "later");
  // A division that opens with a heading of its own keeps it alone.
  const model::Division& body = document->divisions.at(1);
  EXPECT_FALSE(body.sections.at(0).heading.division_title);
  EXPECT_EQ(model::PlainText(body.sections.at(0).heading.inlines), "KRONSTADT 21");
  EXPECT_EQ(body.sections.size(), 1u);
}

TEST(DivisionBuilderTest, TextOutsideDivisionsIsAnError) {
  EXPECT_TRUE(FailsAt(
      testing::ParseBody("<division kind=\"body\">\n\nA.\n\n</division>\n\nStray.\n"),
      "book.md:12:1", "text outside a division", "move it into a division"));
  EXPECT_TRUE(FailsAt(
      testing::ParseBody("Stray.\n\n<division kind=\"body\">\n\nA.\n\n</division>\n"),
      "book.md:6:1", "text outside a division", "<division kind="));
}

TEST(DivisionBuilderTest, NestedDivisionNamesTheOuterOne) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<division kind=\"body\">\n\nA.\n\n"
                                         "<division kind=\"back\">\n\nB.\n\n</division>\n"),
                      "book.md:10:1", "a division inside another (opened at book.md:6:1)",
                      "close the first"));
}

TEST(DivisionBuilderTest, CloseWithoutOpenIsAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<division kind=\"body\">\n\nA.\n\n</division>\n\n"
                                         "</division>\n"),
                      "book.md:12:1",
                      "</division> without an open division", "remove it"));
}

TEST(DivisionBuilderTest, UnclosedDivisionPointsAtItsOpening) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<division kind=\"body\">\n\nA.\n"), "book.md:6:1",
                      "never closed", "add </division>"));
}

TEST(DivisionBuilderTest, EmptyDivisionIsAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<division kind=\"body\">\n\n</division>\n"),
                      "book.md:6:1", "has no text", "remove them"));
}

TEST(DivisionBuilderTest, MarkerAfterTheLastDivisionIsAnError) {
  EXPECT_TRUE(FailsAt(
      testing::ParseBody("<division kind=\"body\">\n\nA.\n\n</division>\n\n<pb n=\"3\"/>\n"),
      "book.md:12:1", "after the last division", "move it into the division"));
}

TEST(DivisionBuilderTest, UnknownKindAndRole) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<division kind=\"middle\">\n\nA.\n\n</division>\n"),
                      "book.md:6:17", "unknown division kind `middle`", "kind=\"front\""));
  EXPECT_TRUE(FailsAt(
      testing::ParseBody("<division kind=\"back\" role=\"index\">\n\nA.\n\n</division>\n"),
      "book.md:6:29", "unknown division role `index`", "the roles are"));
}

TEST(DivisionBuilderTest, TagNeedsABlankLineAfterIt) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<division kind=\"body\">\nA.\n\n</division>\n"),
                      "book.md:7:1", "text directly after a tag", "blank line"));
}

}  // namespace
}  // namespace galley::manuscript
