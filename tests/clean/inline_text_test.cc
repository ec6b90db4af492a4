#include "clean/inline_text.h"

#include <gtest/gtest.h>

#include "clean/inline_markup.h"

namespace galley {
namespace {

TEST(ParseOcrLineTest, UnderlineBecomesEmphasisMarks) {
  Review review;
  InlineText text = ParseOcrLine({25, "worked out, <u>in practice</u>. The"}, &review);
  EXPECT_EQ(text.text, "worked out, in practice. The");
  ASSERT_EQ(text.marks.size(), 3u);
  EXPECT_EQ(text.marks[0].kind, MarkKind::kLineStart);
  EXPECT_EQ(text.marks[0].line, 25);
  EXPECT_EQ(text.marks[1].kind, MarkKind::kEmphasisOpen);
  EXPECT_EQ(text.marks[1].offset, 12u);
  EXPECT_EQ(text.marks[2].kind, MarkKind::kEmphasisClose);
  EXPECT_EQ(text.marks[2].offset, 23u);
  ASSERT_EQ(review.changes.size(), 1u);
  EXPECT_EQ(review.changes[0].before, "<u>in practice</u>");
  EXPECT_EQ(review.changes[0].after, "*in practice*");
  EXPECT_EQ(review.changes[0].line, 25);
}

TEST(ParseOcrLineTest, ItalicAndBoldTags) {
  Review review;
  InlineText text = ParseOcrLine({1, "<I>a</I> <b>b</b>"}, &review);
  EXPECT_EQ(text.text, "a b");
  ASSERT_EQ(text.marks.size(), 5u);
  EXPECT_EQ(text.marks[3].kind, MarkKind::kStrongOpen);
  EXPECT_EQ(review.changes[1].after, "**b**");
}

TEST(ParseOcrLineTest, EscapesAndOtherAngleBrackets) {
  Review review;
  InlineText text = ParseOcrLine({1, "a \\* b <p> 3 < 4 \\q"}, &review);
  EXPECT_EQ(text.text, "a * b <p> 3 < 4 \\q");
  EXPECT_TRUE(review.changes.empty());
}

TEST(ParseOcrLineTest, AnUnpairedTagStaysTextAndIsADoubt) {
  Review review;
  InlineText text = ParseOcrLine({7, "an <u>open tag"}, &review);
  EXPECT_EQ(text.text, "an <u>open tag");
  ASSERT_EQ(review.doubts.size(), 1u);
  EXPECT_EQ(review.doubts[0].line, 7);
}

InlineText Paragraph(std::vector<SourceLine> lines, MarkupStyle style, Review* review,
                     LineBreaks breaks = LineBreaks::kPrinted) {
  std::vector<const SourceLine*> pointers;
  for (const SourceLine& line : lines) pointers.push_back(&line);
  return ParseParagraph(pointers, style, breaks, review);
}

TEST(ParseParagraphTest, ATagMaySpanLines) {
  Review review;
  InlineText text = Paragraph({{4, "the <i>Petrograd"}, {5, "Pravda</i> said"}},
                              MarkupStyle::kOcr, &review);
  EXPECT_EQ(text.text, "the Petrograd Pravda said");
  EXPECT_TRUE(review.doubts.empty());
  ASSERT_EQ(review.changes.size(), 1u);
  EXPECT_EQ(review.changes[0].line, 4);
  EXPECT_EQ(review.changes[0].before, "<i>Petrograd Pravda</i>");
  EXPECT_EQ(review.changes[0].after, "*Petrograd Pravda*");
  EXPECT_EQ(text.LineAt(text.text.find("Pravda")), 5);
}

TEST(ParseParagraphTest, GutenbergUnderscoresAreItalics) {
  Review review;
  InlineText text = Paragraph({{1, "in his _Yesterdays with"}, {2, "Authors_, (_N.N._) and"},
                               {3, "snake_case stays"}},
                              MarkupStyle::kGutenberg, &review);
  EXPECT_EQ(text.text, "in his Yesterdays with Authors, (N.N.) and snake_case stays");
  EXPECT_TRUE(review.doubts.empty());
  ASSERT_EQ(review.changes.size(), 2u);
  EXPECT_EQ(review.changes[0].after, "*Yesterdays with Authors*");
  EXPECT_EQ(review.changes[1].after, "*N.N.*");
  // In OCR text an underscore is text.
  Review ocr;
  EXPECT_EQ(Paragraph({{1, "_a_"}}, MarkupStyle::kOcr, &ocr).text, "_a_");
}

TEST(ParseParagraphTest, AWordHyphenatedAtALineEndJoinsWithoutASpace) {
  Review review;
  InlineText text = Paragraph({{1, "a misunder-"}, {2, "stood word, Ost-"}, {3, "West"}},
                              MarkupStyle::kOcr, &review);
  EXPECT_EQ(text.text, "a misunder-stood word, Ost- West");
}

// A transcription wrapped at spaces breaks no word: a hyphen at a line's end is followed by a
// space (a German suspended compound, a dash typed as a hyphen).
TEST(ParseParagraphTest, ALineWrappedAtSpacesJoinsWithASpaceAfterAHyphen) {
  Review review;
  InlineText text = Paragraph({{1, "ein Speise-"}, {2, "und Bierhaus, altas voces-"}, {3, "orden\u00f3"}},
                              MarkupStyle::kGutenberg, &review, LineBreaks::kAtSpaces);
  EXPECT_EQ(text.text, "ein Speise- und Bierhaus, altas voces- orden\u00f3");
  EXPECT_EQ(text.LineAt(text.text.find("und")), 2);
}

TEST(ParseParagraphTest, CorrectedTextIsMarkedProtected) {
  Review review;
  SourceLine line{1, "the <i>mercilax</i> men", {{7, 15}}};
  InlineText text = Paragraph({line}, MarkupStyle::kOcr, &review);
  EXPECT_EQ(text.text, "the mercilax men");
  EXPECT_TRUE(text.IsProtected(4, 12));
  EXPECT_FALSE(text.IsProtected(0, 3));
  EXPECT_FALSE(text.IsProtected(13, 16));
}

TEST(InlineTextTest, MarksMoveWithEdits) {
  InlineText text;
  text.text = "a 'b' c";
  text.AddMark({0, MarkKind::kLineStart, 3, {}});
  text.AddMark({3, MarkKind::kEmphasisOpen, 0, {}});
  text.AddMark({4, MarkKind::kEmphasisClose, 0, {}});
  text.AddMark({6, MarkKind::kLineStart, 4, {}});
  // ' → ‘ (3 bytes) before the emphasis and ’ after it.
  text.ApplyEdits({{2, 1, "\u2018", {}}, {4, 1, "\u2019", {}}});
  EXPECT_EQ(text.text, "a \u2018b\u2019 c");
  EXPECT_EQ(text.marks[1].offset, 5u);  // still just before b
  EXPECT_EQ(text.marks[2].offset, 6u);  // still just after b
  EXPECT_EQ(text.marks[3].offset, 10u);
  EXPECT_EQ(text.LineAt(9), 3);
  EXPECT_EQ(text.LineAt(10), 4);
}

TEST(InlineTextTest, MarksInsideAnEditGoToItsEdges) {
  InlineText text;
  text.text = "abcdef";
  text.AddMark({2, MarkKind::kEmphasisOpen, 0, {}});
  text.AddMark({3, MarkKind::kEmphasisClose, 0, {}});
  text.ApplyEdits({{1, 4, "XY", {}}});
  EXPECT_EQ(text.text, "aXYf");
  EXPECT_EQ(text.marks[0].offset, 1u);
  EXPECT_EQ(text.marks[1].offset, 3u);
}

TEST(InlineTextTest, AppendKeepsTheOtherTextsMarks) {
  InlineText first;
  first.text = "shoot";
  first.AddMark({0, MarkKind::kLineStart, 61, {}});
  InlineText second;
  second.text = "you.";
  second.AddMark({0, MarkKind::kLineStart, 63, {}});
  second.AddMark({0, MarkKind::kPageBreak, 0, "4"});
  first.Append(" ", second);
  EXPECT_EQ(first.text, "shoot you.");
  EXPECT_EQ(first.LineAt(6), 63);
  EXPECT_EQ(first.marks[2].kind, MarkKind::kPageBreak);
  EXPECT_EQ(first.marks[2].offset, 6u);
}

}  // namespace
}  // namespace galley
