#include "manuscript/galley_tag.h"

#include <gtest/gtest.h>

#include "manuscript_test_support.h"

namespace galley::manuscript {
namespace {

using testing::FailsAt;

// Reads the tags of `html`, standing at line 1, column 1 of a one-line source.
Result<std::vector<GalleyTag>> Read(const std::string& html) {
  SourceText source(testing::kPath, html);
  return ReadGalleyTags(HtmlText{html, 1, 1, 1}, source);
}

TEST(GalleyTagTest, ReadsADivision) {
  auto tags = Read("<division kind=\"front\" role=\"biography\" title=\"About &amp; Around\">\n");
  ASSERT_TRUE(tags.ok()) << tags.error().ToString();
  ASSERT_EQ(tags->size(), 1u);
  const GalleyTag& tag = tags->front();
  EXPECT_EQ(tag.name, TagName::kDivision);
  EXPECT_FALSE(tag.closing);
  EXPECT_EQ(tag.kind, model::DivisionKind::kFront);
  EXPECT_EQ(tag.role, "biography");
  EXPECT_EQ(tag.title, "About & Around");
  EXPECT_EQ(tag.begin, (SourcePos{1, 1}));
}

TEST(GalleyTagTest, ReadsClosingTagsAndSingleQuotes) {
  auto tags = Read("</division>");
  ASSERT_TRUE(tags.ok());
  EXPECT_TRUE(tags->front().closing);
  tags = Read("<division kind='back'>");
  ASSERT_TRUE(tags.ok());
  EXPECT_EQ(tags->front().kind, model::DivisionKind::kBack);
}

TEST(GalleyTagTest, ReadsPageMarkersSeparatedByWhiteSpace) {
  auto tags = Read("<pb n=\"6\"/>\n<pb n=\"A-3\" />\n");
  ASSERT_TRUE(tags.ok()) << tags.error().ToString();
  ASSERT_EQ(tags->size(), 2u);
  EXPECT_EQ((*tags)[0].label, "6");
  EXPECT_EQ((*tags)[1].label, "A-3");
  EXPECT_EQ((*tags)[1].begin, (SourcePos{2, 1}));
  EXPECT_EQ((*tags)[1].end, (SourcePos{2, 15}));
}

TEST(GalleyTagTest, ReadsSmallCaps) {
  auto open = Read("<sc>");
  auto close = Read("</sc>");
  ASSERT_TRUE(open.ok() && close.ok());
  EXPECT_EQ(open->front().name, TagName::kSmallCaps);
  EXPECT_TRUE(close->front().closing);
}

TEST(GalleyTagTest, PageLabelSyntax) {
  EXPECT_TRUE(IsPageLabel("6"));
  EXPECT_TRUE(IsPageLabel("iv"));
  EXPECT_TRUE(IsPageLabel("A-3.2"));
  EXPECT_FALSE(IsPageLabel(""));
  EXPECT_FALSE(IsPageLabel("6 7"));
  EXPECT_FALSE(IsPageLabel("6/7"));
}

TEST(GalleyTagTest, PageMarkerErrors) {
  EXPECT_TRUE(FailsAt(Read("<pb n=\"\"/>"), "book.md:1:8", "label is empty", "n=\"6\""));
  EXPECT_TRUE(FailsAt(Read("<pb n=\"6 7\"/>"), "book.md:1:8", "`6 7` is malformed",
                      "letters, digits"));
  EXPECT_TRUE(FailsAt(Read("<pb/>"), "book.md:1:1", "has no label", "<pb n=\"6\"/>"));
  EXPECT_TRUE(FailsAt(Read("<pb n=\"6\">"), "book.md:1:1", "written <pb n=\"…\"/>", "<pb n="));
  EXPECT_TRUE(FailsAt(Read("<pb n=\"6\" page=\"7\"/>"), "book.md:1:11", "unknown attribute `page`",
                      "n"));
}

TEST(GalleyTagTest, DivisionErrors) {
  EXPECT_TRUE(FailsAt(Read("<division>"), "book.md:1:1", "has no `kind`", "kind=\"front\""));
  EXPECT_TRUE(FailsAt(Read("<division kind=\"middle\">"), "book.md:1:17",
                      "unknown division kind `middle`", "kind=\"body\""));
  EXPECT_TRUE(FailsAt(Read("<division kind=\"front\" role=\"blurb\">"), "book.md:1:30",
                      "unknown division role `blurb`", "colophon"));
  EXPECT_TRUE(FailsAt(Read("<division kind=\"front\" class=\"x\">"), "book.md:1:24",
                      "unknown attribute `class` on <division>", "kind, role, title"));
  EXPECT_TRUE(FailsAt(Read("</division kind=\"front\">"), "book.md:1:12",
                      "unknown attribute `kind` on </division>", "no attributes"));
  EXPECT_TRUE(FailsAt(Read("<division kind=\"body\"/>"), "book.md:1:1", "cannot be self-closing",
                      "</division>"));
  EXPECT_TRUE(FailsAt(Read("<division kind=\"body\" kind=\"back\">"), "book.md:1:23",
                      "`kind` is given twice", "keep one"));
}

TEST(GalleyTagTest, OtherHtmlSaysWhatToWriteInstead) {
  EXPECT_TRUE(FailsAt(Read("<br>"), "book.md:1:1", "<br> is not a Galley tag", "backslash"));
  EXPECT_TRUE(FailsAt(Read("<em>"), "book.md:1:1", "<em> is not a Galley tag", "*text*"));
  EXPECT_TRUE(FailsAt(Read("<small class=\"x\">"), "book.md:1:1",
                      "<small> is not a Galley tag", "\\<"));
  EXPECT_TRUE(FailsAt(Read("<!-- note -->"), "book.md:1:1", "HTML comment", "remove it"));
  EXPECT_TRUE(FailsAt(Read("<?php ?>"), "book.md:1:1", "raw HTML", "Galley tags"));
}

TEST(GalleyTagTest, TextAfterATagNeedsABlankLine) {
  EXPECT_TRUE(FailsAt(Read("<division kind=\"body\">\nText."), "book.md:2:1",
                      "text directly after a tag", "blank line"));
}

TEST(GalleyTagTest, DisplayNames) {
  GalleyTag tag;
  tag.name = TagName::kDivision;
  tag.closing = true;
  EXPECT_EQ(TagDisplayName(tag), "</division>");
  tag.name = TagName::kPageBeginning;
  EXPECT_EQ(TagDisplayName(tag), "<pb/>");
}

}  // namespace
}  // namespace galley::manuscript
