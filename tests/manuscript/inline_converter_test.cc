// Inlines, through the whole parser: what each CommonMark and Galley construct becomes, and the
// source range each node keeps. Test bodies start on line 6 (after testing::kFrontMatter).
#include "manuscript/inline_converter.h"

#include <gtest/gtest.h>

#include "manuscript_test_support.h"

namespace galley::manuscript {
namespace {

using model::Inline;
using model::InlineKind;
using testing::FailsAt;
using testing::Range;

// The inlines of the body's first paragraph.
std::vector<Inline> Inlines(const std::string& body) {
  Result<model::Document> document = testing::ParseBody(body);
  EXPECT_TRUE(document.ok()) << document.error().ToString();
  if (!document.ok()) return {};
  return testing::FirstBlocks(*document).at(0).inlines;
}

TEST(InlineConverterTest, EmphasisAndStrongKeepTheirText) {
  std::vector<Inline> inlines = Inlines("A *b* and **c** and ***d***.\n");
  ASSERT_EQ(inlines.size(), 7u);
  EXPECT_EQ(inlines[0].text, "A ");
  EXPECT_EQ(inlines[1].kind, InlineKind::kEmphasis);
  EXPECT_EQ(inlines[1].children.at(0).text, "b");
  EXPECT_EQ(Range(inlines[1].range), "6:3-6:6");
  EXPECT_EQ(Range(inlines[1].children[0].range), "6:4-6:5");
  EXPECT_EQ(inlines[3].kind, InlineKind::kStrong);
  EXPECT_EQ(inlines[5].kind, InlineKind::kEmphasis);
  EXPECT_EQ(inlines[5].children.at(0).kind, InlineKind::kStrong);
  EXPECT_EQ(inlines[6].text, ".");
}

TEST(InlineConverterTest, TextIsMergedAcrossSoftBreaksEscapesAndEntities) {
  std::vector<Inline> inlines = Inlines("One [two] \\*three\\* &amp;\nfour’s `code` end.\n");
  ASSERT_EQ(inlines.size(), 1u);
  EXPECT_EQ(inlines[0].text, "One [two] *three* & four’s code end.");
  EXPECT_EQ(Range(inlines[0].range), "6:1-7:19");
}

TEST(InlineConverterTest, HardLineBreaks) {
  std::vector<Inline> inlines = Inlines("Two spaces  \nBackslash\\\nend\n");
  ASSERT_EQ(inlines.size(), 5u);
  EXPECT_EQ(inlines[0].text, "Two spaces");
  EXPECT_EQ(Range(inlines[0].range), "6:1-6:11");
  EXPECT_EQ(inlines[1].kind, InlineKind::kLineBreak);
  EXPECT_EQ(Range(inlines[1].range), "6:11-6:13");  // the two spaces
  EXPECT_EQ(inlines[2].text, "Backslash");
  EXPECT_EQ(Range(inlines[2].range), "7:1-7:10");
  EXPECT_EQ(inlines[3].kind, InlineKind::kLineBreak);
  EXPECT_EQ(Range(inlines[3].range), "7:10-7:11");  // the backslash
  EXPECT_EQ(Range(inlines[4].range), "8:1-8:4");
}

TEST(InlineConverterTest, PositionsStayRightAfterBackslashBreaks) {
  // cmark-gfm 0.29 reports nodes after a backslash break on the line above; verse is where
  // that would show, and page markers inside verse must point at the right line.
  Result<model::Document> document =
      testing::ParseBody("> Verse one,\\\n> verse *two*,\\\n> three <pb n=\"9\"/>now.\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  const std::vector<Inline>& verse = testing::FirstBlocks(*document).at(0).children.at(0).inlines;
  ASSERT_EQ(verse.size(), 9u);
  EXPECT_EQ(Range(verse[0].range), "6:3-6:13");
  EXPECT_EQ(Range(verse[2].range), "7:3-7:9");    // "verse "
  EXPECT_EQ(Range(verse[3].range), "7:9-7:14");   // *two*
  EXPECT_EQ(Range(verse[6].range), "8:3-8:9");    // "three "
  EXPECT_EQ(verse[7].kind, InlineKind::kPageStart);
  EXPECT_EQ(Range(verse[7].range), "8:9-8:20");
  EXPECT_EQ(Range(verse[8].range), "8:20-8:24");
}

TEST(InlineConverterTest, ColumnsCountCodePoints) {
  std::vector<Inline> inlines = Inlines("“Émigré” *x*\n");
  ASSERT_EQ(inlines.size(), 2u);
  EXPECT_EQ(Range(inlines[0].range), "6:1-6:10");
  EXPECT_EQ(Range(inlines[1].range), "6:10-6:13");
}

TEST(InlineConverterTest, LinksKeepTheirTextOnly) {
  std::vector<Inline> inlines =
      Inlines("See [the *site*](https://example.org) and <https://x.org>.\n");
  ASSERT_EQ(inlines.size(), 3u);
  EXPECT_EQ(inlines[0].text, "See the ");
  EXPECT_EQ(inlines[1].kind, InlineKind::kEmphasis);
  EXPECT_EQ(inlines[2].text, " and https://x.org.");
  EXPECT_EQ(model::PlainText(inlines), "See the site and https://x.org.");
}

TEST(InlineConverterTest, InlinePageMarker) {
  std::vector<Inline> inlines = Inlines("that they intended to shoot <pb n=\"4\"/>you.\n");
  ASSERT_EQ(inlines.size(), 3u);
  EXPECT_EQ(inlines[0].text, "that they intended to shoot ");
  EXPECT_EQ(inlines[1].kind, InlineKind::kPageStart);
  EXPECT_EQ(inlines[1].page.label, "4");
  EXPECT_EQ(Range(inlines[1].range), "6:29-6:40");
  EXPECT_EQ(inlines[2].text, "you.");
}

TEST(InlineConverterTest, SmallCapsLeadIn) {
  std::vector<Inline> inlines =
      Inlines("<sc>DURING THE NIGHT OF FEBRUARY 28–29,</sc> I was awakened.\n");
  ASSERT_EQ(inlines.size(), 2u);
  EXPECT_EQ(inlines[0].kind, InlineKind::kSmallCaps);
  EXPECT_EQ(model::PlainText(inlines[0].children), "DURING THE NIGHT OF FEBRUARY 28–29,");
  EXPECT_EQ(Range(inlines[0].range), "6:1-6:45");
  EXPECT_EQ(inlines[1].text, " I was awakened.");
}

TEST(InlineConverterTest, SmallCapsHoldOtherInlinesAndMaySitInsideEmphasis) {
  std::vector<Inline> inlines = Inlines("<sc>a *b* <pb n=\"3\"/>c</sc> and *<sc>d</sc>*\n");
  ASSERT_EQ(inlines.size(), 3u);
  ASSERT_EQ(inlines[0].children.size(), 5u);  // "a ", *b*, " ", marker, "c"
  EXPECT_EQ(inlines[0].children[1].kind, InlineKind::kEmphasis);
  EXPECT_EQ(inlines[0].children[3].kind, InlineKind::kPageStart);
  EXPECT_EQ(inlines[2].kind, InlineKind::kEmphasis);
  EXPECT_EQ(inlines[2].children.at(0).kind, InlineKind::kSmallCaps);
}

TEST(InlineConverterTest, NoteReferencesAreNumberedByFirstReference) {
  Result<model::Document> document = testing::ParseBody(
      "A[^z] b[^a] c[^z].\n\n[^a]: First written.\n\n[^z]: Second written.\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  std::vector<Inline> refs = testing::InlinesOf(*document, InlineKind::kNoteRef);
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].text, "z");
  EXPECT_EQ(refs[0].number, 1);
  EXPECT_EQ(Range(refs[0].range), "6:2-6:6");
  EXPECT_EQ(refs[1].text, "a");
  EXPECT_EQ(refs[1].number, 2);
  EXPECT_EQ(refs[2].number, 1);
  ASSERT_EQ(document->notes.size(), 2u);
  EXPECT_EQ(document->notes[0].label, "z");
  EXPECT_EQ(document->notes[0].id, "note-1");
  EXPECT_EQ(model::PlainText(document->notes[0].children.at(0).inlines), "Second written.");
  EXPECT_EQ(document->notes[1].label, "a");
  EXPECT_EQ(Range(document->notes[1].range), "8:1-8:21");
}

TEST(InlineConverterTest, SmallCapsMustCloseInTheSameParagraph) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("Text <sc>DURING THE\n\nNIGHT</sc> x\n"), "book.md:6:6",
                      "<sc> is not closed in the same paragraph", "add </sc>"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("*<sc>a* b</sc>\n"), "book.md:6:2",
                      "<sc> is not closed in the same emphasis", "before the emphasis ends"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("a</sc> b\n"), "book.md:6:2",
                      "</sc> closes no <sc> in the same paragraph", "add <sc>"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("<sc>a <sc>b</sc></sc>\n"), "book.md:6:7",
                      "<sc> inside <sc>", "close the first"));
}

TEST(InlineConverterTest, OtherInlineHtmlIsAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("A <u>word</u>.\n"), "book.md:6:3",
                      "<u> is not a Galley tag", "*text*"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("A <small class=\"x\" id=\"y\">w</small>\n"),
                      "book.md:6:3", "<small> is not a Galley tag", "\\<"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("A <division kind=\"body\"> b\n"), "book.md:6:3",
                      "cannot stand inside a paragraph", "alone on its line"));
}

TEST(InlineConverterTest, ImagesAreAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("See ![a map](map.png).\n"), "book.md:6:5",
                      "images are not part", "remove the image"));
}

TEST(InlineConverterTest, ReferenceToAMissingNoteIsAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("Text one.\nA claim[^1] here.\n"), "book.md:7:8",
                      "the note reference [^1] has no note", "[^1]: …"));
  // Escaped, it is just characters.
  std::vector<Inline> inlines = Inlines("A claim\\[^1] here.\n");
  ASSERT_EQ(inlines.size(), 1u);
  EXPECT_EQ(inlines[0].text, "A claim[^1] here.");
}

}  // namespace
}  // namespace galley::manuscript
