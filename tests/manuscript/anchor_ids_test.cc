#include "manuscript/anchor_ids.h"

#include <gtest/gtest.h>

#include "manuscript_test_support.h"

namespace galley::manuscript {
namespace {

TEST(SlugTest, LowerCaseAsciiWordsJoinedByHyphens) {
  EXPECT_EQ(Slug("THE PARTY REFLEX: LIES AND THREATS"), "the-party-reflex-lies-and-threats");
  EXPECT_EQ(Slug("  Kronstadt 21  "), "kronstadt-21");
  EXPECT_EQ(Slug("‘THE DANGER WAS WITHIN’"), "the-danger-was-within");
}

TEST(SlugTest, FoldsAccentsAndDropsApostrophesInsideWords) {
  EXPECT_EQ(Slug("Émigrés’ Straße"), "emigres-strasse");
  EXPECT_EQ(Slug("WE’LL BE OUR OWN THERMIDOR"), "well-be-our-own-thermidor");
  EXPECT_EQ(Slug("Łódź & Œuvre"), "lodz-oeuvre");
}

TEST(SlugTest, NothingLeftGivesEmpty) {
  EXPECT_EQ(Slug("* * *"), "");
  EXPECT_EQ(Slug("Кронштадт"), "");
}

std::vector<std::string> HeadingIds(const model::Document& document) {
  std::vector<std::string> ids;
  for (const model::Block& heading : testing::BlocksOf(document, model::BlockKind::kHeading)) {
    ids.push_back(heading.id);
  }
  return ids;
}

TEST(AnchorIdsTest, HeadingIdsAreUniqueInReadingOrder) {
  Result<model::Document> document =
      testing::ParseBody("# Notes\n\n## Notes\n\n## Notes\n\n# Кронштадт\n\n# *Body*\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  EXPECT_EQ(HeadingIds(*document),
            (std::vector<std::string>{"notes-2", "notes-3", "notes-4", "section", "body-2"}));
  EXPECT_EQ(document->divisions[0].id, "body");  // the division took "body" first
}

TEST(AnchorIdsTest, NoteAndPageIdsAreReservedForBackEnds) {
  Result<model::Document> document = testing::ParseBody(
      "# Note 1\n\n# Page 6\n\nText[^x] <pb n=\"6\"/>here.\n\n[^x]: A note.\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  EXPECT_EQ(HeadingIds(*document), (std::vector<std::string>{"note-1-2", "page-6-2"}));
}

// The PDF's own title page, contents and endnotes have destinations of these names.
TEST(AnchorIdsTest, TheAnchorsOfGeneratedPartsAreReserved) {
  Result<model::Document> document = testing::ParseBody(
      "# Contents\n\n# Notes\n\n# Title Page\n\n# Notes Heading\n\nText.\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  EXPECT_EQ(HeadingIds(*document), (std::vector<std::string>{"contents-2", "notes-2",
                                                             "title-page-2", "notes-heading-2"}));
  Result<model::Document> division = testing::ParseBody(
      "<division kind=\"back\" role=\"notes\">\n\nN.\n\n</division>\n");
  ASSERT_TRUE(division.ok()) << division.error().ToString();
  EXPECT_EQ(division->divisions[0].id, "notes-2");
}

TEST(AnchorIdsTest, DivisionIdsAreRolesOrKindsMadeUnique) {
  Result<model::Document> document = testing::ParseBody(
      "<division kind=\"front\" role=\"preface\">\n\nA.\n\n</division>\n\n"
      "<division kind=\"front\" role=\"preface\">\n\nB.\n\n</division>\n\n"
      "<division kind=\"body\">\n\n# Preface\n\n</division>\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  EXPECT_EQ(document->divisions[0].id, "preface");
  EXPECT_EQ(document->divisions[1].id, "preface-2");
  EXPECT_EQ(document->divisions[2].id, "body");
  EXPECT_EQ(HeadingIds(*document), (std::vector<std::string>{"preface-3"}));
}

}  // namespace
}  // namespace galley::manuscript
