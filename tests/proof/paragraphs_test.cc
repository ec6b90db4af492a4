// Paragraphs rebuilt from typeset lines: grouped by source line and kind, book-made text split
// by page, and a key that depends on the text only, not on where the lines broke.
#include "proof/paragraphs.h"

#include <gtest/gtest.h>

#include "proof/record_builder.h"

namespace galley::proof {
namespace {

TEST(ParagraphsTest, ConsecutiveLinesOfOneSourceLineAndKindAreOneParagraph) {
  Record record = RecordBuilder(3)
                      .Line("1", 0, "Kronstadt 21", "-", 0, "x")
                      .Line("1", 0, "Victor Serge", "-", 0, "x")
                      .Line("2", 0, "Published by Galley Reprints", "-", 0, "x")
                      .Line("3", 30, "KRONSTADT 21", "-", 0, "h1")
                      .Line("3", 32, "The following text, hitherto", "-", 0.1)
                      .Line("3", 32, "unpublished in Britain.")
                      .Line("3", 32, "A quotation, not the paragraph.", "-", 0, "q")
                      .Line("3", 34, "The working class")
                      .Build();
  std::vector<Paragraph> paragraphs = GroupParagraphs(record);
  ASSERT_EQ(paragraphs.size(), 6u);
  // Book-made text (line 0) on two pages is two blocks.
  EXPECT_EQ(paragraphs[0].line_count, 2u);
  EXPECT_EQ(paragraphs[1].first_line, 2u);
  EXPECT_EQ(paragraphs[2].kind, "h1");
  EXPECT_EQ(paragraphs[3].source_line, 32);
  EXPECT_EQ(paragraphs[3].line_count, 2u);
  EXPECT_EQ(paragraphs[4].kind, "q");
  EXPECT_EQ(paragraphs[5].end_line(), record.lines.size());
}

TEST(ParagraphsTest, AParagraphContinuesAcrossAPage) {
  Record record = RecordBuilder(2)
                      .Line("1", 32, "The following text, hitherto")
                      .Line("2", 32, "unpublished in Britain.")
                      .Build();
  ASSERT_EQ(GroupParagraphs(record).size(), 1u);
}

TEST(ParagraphsTest, TheKeyIgnoresWhereTheLinesBroke) {
  Record a = RecordBuilder(1)
                 .Line("1", 18, "the son of a revolutionary Russian émi-", "h")
                 .Line("1", 18, "gré. His youth was spent")
                 .Build();
  Record b = RecordBuilder(1)
                 .Line("1", 18, "the son of a revolutionary")
                 .Line("1", 18, "Russian émigré. His youth was spent")
                 .Build();
  Record c = RecordBuilder(1).Line("1", 18, "the son of a revolutionary Russian émigré.").Build();
  Paragraph pa = GroupParagraphs(a)[0], pb = GroupParagraphs(b)[0], pc = GroupParagraphs(c)[0];
  EXPECT_EQ(pa.key, pb.key);
  EXPECT_TRUE(SameText(pa, pb));
  EXPECT_NE(pa.key, pc.key);
  EXPECT_FALSE(SameText(pa, pc));
}

TEST(ParagraphsTest, TheKeyDependsOnTheKind) {
  Record a = RecordBuilder(1).Line("1", 5, "Contents", "-", 0, "h1").Build();
  Record b = RecordBuilder(1).Line("1", 5, "Contents", "-", 0, "h2").Build();
  EXPECT_NE(GroupParagraphs(a)[0].key, GroupParagraphs(b)[0].key);
}

TEST(ParagraphsTest, OpeningWordsQuoteTheStart) {
  Record record = RecordBuilder(1)
                      .Line("1", 18, "Victor Serge was born in Brussels, in 1890, the son of a")
                      .Build();
  EXPECT_EQ(OpeningWords(GroupParagraphs(record)[0]), "Victor Serge was born in Brussels,…");
  EXPECT_EQ(OpeningWords(GroupParagraphs(record)[0], 20),
            "Victor Serge was born in Brussels, in 1890, the son of a");
}

}  // namespace
}  // namespace galley::proof
