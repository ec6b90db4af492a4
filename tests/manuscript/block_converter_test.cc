// Blocks, through the whole parser. Test bodies start on line 6 (after testing::kFrontMatter).
#include "manuscript/block_converter.h"

#include <gtest/gtest.h>

#include "manuscript_test_support.h"

namespace galley::manuscript {
namespace {

using model::Block;
using model::BlockKind;
using testing::FailsAt;
using testing::Range;

std::vector<Block> Blocks(const std::string& body) {
  Result<model::Document> document = testing::ParseBody(body);
  EXPECT_TRUE(document.ok()) << document.error().ToString();
  if (!document.ok()) return {};
  return testing::FirstBlocks(*document);
}

TEST(BlockConverterTest, ParagraphsAndSceneBreaks) {
  std::vector<Block> blocks = Blocks("One.\n\n* * *\n\nTwo\nlines.\n");
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].kind, BlockKind::kSceneBreak);
  EXPECT_EQ(Range(blocks[1].range), "8:1-8:6");
  EXPECT_EQ(blocks[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(Range(blocks[2].range), "10:1-11:7");
}

TEST(BlockConverterTest, BlockQuotes) {
  std::vector<Block> blocks = Blocks("> One,\n> still one.\n>\n> > Nested.\n");
  ASSERT_EQ(blocks.size(), 1u);
  const Block& quote = blocks[0];
  EXPECT_EQ(quote.kind, BlockKind::kBlockQuote);
  EXPECT_EQ(Range(quote.range), "6:1-9:12");
  ASSERT_EQ(quote.children.size(), 2u);
  EXPECT_EQ(model::PlainText(quote.children[0].inlines), "One, still one.");
  EXPECT_EQ(Range(quote.children[0].range), "6:3-7:13");
  EXPECT_EQ(quote.children[1].kind, BlockKind::kBlockQuote);
  EXPECT_EQ(model::PlainText(quote.children[1].children.at(0).inlines), "Nested.");
}

TEST(BlockConverterTest, OrderedListsKeepTheirStart) {
  std::vector<Block> blocks = Blocks("3. three\n4. four\n");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kList);
  EXPECT_TRUE(blocks[0].ordered);
  EXPECT_EQ(blocks[0].start, 3);
  ASSERT_EQ(blocks[0].children.size(), 2u);
  EXPECT_EQ(blocks[0].children[1].kind, BlockKind::kListItem);
  EXPECT_EQ(model::PlainText(blocks[0].children[1].children.at(0).inlines), "four");
  EXPECT_EQ(Range(blocks[0].range), "6:1-7:8");
}

TEST(BlockConverterTest, BulletListsNestAndHoldParagraphs) {
  std::vector<Block> blocks = Blocks("- one\n\n  more\n- two\n  - inner\n");
  ASSERT_EQ(blocks.size(), 1u);
  const Block& list = blocks[0];
  EXPECT_FALSE(list.ordered);
  ASSERT_EQ(list.children.size(), 2u);
  EXPECT_EQ(list.children[0].children.size(), 2u);  // two paragraphs
  const Block& inner = list.children[1].children.at(1);
  EXPECT_EQ(inner.kind, BlockKind::kList);
  EXPECT_EQ(model::PlainText(inner.children.at(0).children.at(0).inlines), "inner");
}

TEST(BlockConverterTest, BlockPageMarkers) {
  std::vector<Block> blocks =
      Blocks("One.\n\n<pb n=\"6\"/>\n\nTwo.\n\n<pb n=\"7\"/>\n<pb n=\"8\"/>\n");
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[1].kind, BlockKind::kPageStart);
  EXPECT_EQ(blocks[1].page.label, "6");
  EXPECT_EQ(Range(blocks[1].range), "8:1-8:12");
  EXPECT_EQ(blocks[3].page.label, "7");
  EXPECT_EQ(blocks[4].page.label, "8");
  EXPECT_EQ(Range(blocks[4].range), "13:1-13:12");
}

TEST(BlockConverterTest, PageMarkerInsideABlockQuote) {
  std::vector<Block> blocks = Blocks("> One.\n>\n> <pb n=\"6\"/>\n>\n> Two.\n");
  ASSERT_EQ(blocks.at(0).children.size(), 3u);
  EXPECT_EQ(blocks[0].children[1].kind, BlockKind::kPageStart);
  EXPECT_EQ(Range(blocks[0].children[1].range), "8:3-8:14");
}

TEST(BlockConverterTest, SetextAndAtxHeadings) {
  Result<model::Document> document = testing::ParseBody("# One\n\nTwo\n---\n\nText.\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  std::vector<Block> headings = testing::BlocksOf(*document, BlockKind::kHeading);
  ASSERT_EQ(headings.size(), 2u);
  EXPECT_EQ(headings[0].level, 1);
  EXPECT_EQ(headings[1].level, 2);
  EXPECT_EQ(model::PlainText(headings[1].inlines), "Two");
}

TEST(BlockConverterTest, NotesHoldBlocks) {
  Result<model::Document> document =
      testing::ParseBody("Text[^n].\n\n[^n]: First paragraph.\n\n    Second paragraph.\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  ASSERT_EQ(document->notes.size(), 1u);
  const Block& note = document->notes[0];
  EXPECT_EQ(note.kind, BlockKind::kNote);
  EXPECT_EQ(note.number, 1);
  EXPECT_EQ(note.label, "n");
  EXPECT_EQ(note.children.size(), 2u);
  // The note is not part of the body's blocks.
  EXPECT_EQ(testing::FirstBlocks(*document).size(), 1u);
}

TEST(BlockConverterTest, CodeBlocksAreAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("Text.\n\n    indented\n"), "book.md:8:5",
                      "a code block is not part", "remove the indentation"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("```\ncode\n```\n"), "book.md:6:1",
                      "a code block is not part", "fence"));
}

TEST(BlockConverterTest, OtherHtmlBlocksAreAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<div>\n\nText.\n"), "book.md:6:1",
                      "<div> is not a Galley tag", "<division"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("Text.\n\n<!-- a comment -->\n"), "book.md:8:1",
                      "HTML comment", "remove it"));
}

TEST(BlockConverterTest, SmallCapsAloneOnALineIsAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<sc>\nDURING</sc> the night.\n"), "book.md:6:1",
                      "<sc> must be inside a paragraph", "on the same line"));
}

TEST(BlockConverterTest, DivisionTagInsideAQuoteIsAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("> <division kind=\"body\">\n>\n> Text.\n"),
                      "book.md:6:3", "cannot stand inside a block quote", "outside the"));
}

TEST(BlockConverterTest, NoteNeverReferredToIsAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("Text[^a].\n\n[^a]: Used.\n\n[^b]: Unused.\n"),
                      "book.md:10:1", "the note [^b] is never referred to", "add [^b]"));
}

}  // namespace
}  // namespace galley::manuscript
