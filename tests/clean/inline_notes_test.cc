// A note the transcriber set inside its paragraph, where the book's reference mark stood:
// "[Footnote: …]" or "[Fußnote: …]" becomes a reference on the word before it and a note.
#include "clean/inline_notes.h"

#include <gtest/gtest.h>

#include "clean/inline_markup.h"

namespace galley {
namespace {

Block Paragraph(std::vector<SourceLine> lines, Review* review) {
  std::vector<const SourceLine*> pointers;
  for (const SourceLine& line : lines) pointers.push_back(&line);
  Block block;
  block.line = lines.front().number;
  block.source_text = lines.front().text;
  block.text = ParseParagraph(pointers, MarkupStyle::kGutenberg, LineBreaks::kAtSpaces, review);
  return block;
}

std::vector<Block> Take(Block* block, Review* review) {
  int next = 0;
  return TakeInlineNotes(block, [&] { return std::to_string(++next); }, review);
}

TEST(InlineNotesTest, ABracketedNoteBecomesAReferenceAndANote) {
  Review review;
  Block block = Paragraph({{523, "mit andern Studenten im Ratskeller [Fu\u00DFnote: Oder"},
                           {524, "Rathauskeller.] am alten Eichentisch."}},
                          &review);
  std::vector<Block> notes = Take(&block, &review);
  EXPECT_EQ(block.text.text, "mit andern Studenten im Ratskeller am alten Eichentisch.");
  size_t reference = block.text.text.find(" am alten");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].kind, BlockKind::kNote);
  EXPECT_EQ(notes[0].label, "1");
  EXPECT_EQ(notes[0].line, 523);
  EXPECT_EQ(notes[0].text.text, "Oder Rathauskeller.");
  EXPECT_EQ(notes[0].text.LineAt(notes[0].text.text.find("Rathaus")), 524);
  bool marked = false;
  for (const Mark& mark : block.text.marks) {
    if (mark.kind == MarkKind::kNoteReference) {
      EXPECT_EQ(mark.offset, reference);
      EXPECT_EQ(mark.label, "1");
      marked = true;
    }
  }
  EXPECT_TRUE(marked);
  // The text after the note keeps its source line.
  EXPECT_EQ(block.text.LineAt(block.text.text.find("Eichentisch")), 524);
  ASSERT_EQ(review.changes.size(), 1u);
  EXPECT_EQ(review.changes[0].rule, "note");
  EXPECT_EQ(review.changes[0].line, 523);
  EXPECT_EQ(review.changes[0].after, "[^1]: Oder Rathauskeller.");
}

TEST(InlineNotesTest, TheNoteKeepsItsEmphasisAndTheParagraphLosesIt) {
  Review review;
  Block block = Paragraph({{1, "a word [Footnote: See _Punch_, 1841.] and more,"},
                           {2, "another [Footnote: Two.]"}},
                          &review);
  std::vector<Block> notes = Take(&block, &review);
  EXPECT_EQ(block.text.text, "a word and more, another");
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].text.text, "See Punch, 1841.");
  EXPECT_EQ(notes[1].text.text, "Two.");
  EXPECT_EQ(notes[1].label, "2");
  std::vector<size_t> emphasis;
  for (const Mark& mark : notes[0].text.marks) {
    if (mark.kind == MarkKind::kEmphasisOpen || mark.kind == MarkKind::kEmphasisClose) {
      emphasis.push_back(mark.offset);
    }
  }
  EXPECT_EQ(emphasis, (std::vector<size_t>{4, 9}));
  for (const Mark& mark : block.text.marks) {
    EXPECT_NE(mark.kind, MarkKind::kEmphasisOpen);
    EXPECT_NE(mark.kind, MarkKind::kEmphasisClose);
  }
}

TEST(InlineNotesTest, WhatIsNoInlineNoteStaysText) {
  for (const char* text : {"[Footnote: at the paragraph's start.] Text.",
                           "an open [Footnote: never closed", "a [Footnote 1: labelled] one",
                           "an empty [Footnote: ] one", "a [Note: not a footnote] here"}) {
    Review review;
    Block block = Paragraph({{1, text}}, &review);
    std::string before = block.text.text;
    EXPECT_TRUE(Take(&block, &review).empty()) << text;
    EXPECT_EQ(block.text.text, before);
    EXPECT_TRUE(review.changes.empty()) << text;
  }
}

}  // namespace
}  // namespace galley
