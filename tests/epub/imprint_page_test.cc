// The EPUB's imprint page: what it says, in the book's words, and when there is none.
#include "epub/imprint_page.h"

#include <gtest/gtest.h>

#include "epub/epub_test_support.h"

namespace galley::epub {
namespace {

using testing::BookMetadata;

fonts::FontCredit Garamond() {
  return {"EB Garamond", "Copyright 2010-2013, Georg A. Duffner", "SIL Open Font License, Version 1.1"};
}

TEST(ImprintPageTest, EditionPublisherRightsAndType) {
  std::vector<std::string> lines = ImprintLines(BookMetadata(), Garamond());
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0], "Source: Solidarity pamphlet (1961).");
  EXPECT_EQ(lines[1], "Published by Solidarity, 2024-03-18.");
  EXPECT_EQ(lines[2], "Public domain");
  EXPECT_EQ(lines[3].find("Set in EB Garamond with galley "), 0u) << lines[3];
  EXPECT_EQ(lines[4], "EB Garamond: Copyright 2010-2013, Georg A. Duffner; licensed under the SIL "
                      "Open Font License, Version 1.1.");
}

TEST(ImprintPageTest, InTheBooksLanguage) {
  model::Metadata metadata = BookMetadata();
  metadata.language = "de";
  std::vector<std::string> lines = ImprintLines(metadata, Garamond());
  EXPECT_EQ(lines[0], "Quelle: Solidarity pamphlet (1961).");
  EXPECT_EQ(lines[4].find("EB Garamond: Copyright 2010-2013, Georg A. Duffner; lizenziert unter"), 0u);
  TextCoverage coverage;
  std::string page = ImprintPageXhtml(metadata, lines, &coverage);
  EXPECT_NE(page.find("<title>Impressum</title>"), std::string::npos) << page;
  EXPECT_NE(page.find(R"(<section epub:type="imprint" class="imprint" aria-label="Impressum">)"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<p>Quelle: Solidarity pamphlet (1961).</p>"), std::string::npos) << page;
}

TEST(ImprintPageTest, AFontWithoutCreditGetsNoCreditLine) {
  std::vector<std::string> lines = ImprintLines(BookMetadata(), {"Some Face", "", ""});
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines.back().find("Set in Some Face with galley "), 0u) << lines.back();
}

TEST(ImprintPageTest, NoImprintWithoutAnythingToSay) {
  model::Metadata metadata;
  metadata.title = "T";
  metadata.language = "en";
  EXPECT_TRUE(ImprintLines(metadata, Garamond()).empty());
  metadata.date = "2026-12-06";
  EXPECT_EQ(ImprintLines(metadata, Garamond()).front(), "2026-12-06.");
}

}  // namespace
}  // namespace galley::epub
