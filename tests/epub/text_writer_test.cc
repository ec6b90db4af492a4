#include "epub/text_writer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "epub_test_support.h"

namespace galley::epub {
namespace {

using model::BlockKind;
using model::InlineKind;
using namespace testing;

// Writes `blocks` (and the notes they reference) into <section> and returns its XML without
// line breaks, so expectations read as one string.
class TextWriterTest : public ::testing::Test {
 protected:
  std::string Write(std::vector<model::Block> blocks) {
    document_.source_path = "book.md";
    TextWriter writer(document_, &coverage_);
    writer.BeginFile("text/chapter.xhtml");
    pugi::xml_node section = xml_.append_child("section");
    Status status = writer.WriteBlocks(section, blocks);
    if (status.ok()) status = writer.WriteNotes(section);
    if (status.ok()) status = writer.FlushPageMarkers(section);
    if (!status.ok()) {
      error_ = status.error().ToString();
      return {};
    }
    pages_ = writer.pages();
    std::ostringstream out;
    section.print(out, "", pugi::format_raw);
    std::string text = out.str();
    std::erase(text, '\n');
    return text;
  }

  model::Document document_;
  TextCoverage coverage_;
  pugi::xml_document xml_;
  std::vector<PageTarget> pages_;
  std::string error_;
};

TEST_F(TextWriterTest, EmphasisAndStrong) {
  EXPECT_EQ(Write({Paragraph({Text("a "), Wrap(InlineKind::kEmphasis, {Text("b")}), Text(" "),
                              Wrap(InlineKind::kStrong, {Text("c")})})}),
            "<section><p>a <em>b</em> <strong>c</strong></p></section>");
}

TEST_F(TextWriterTest, CitationForeignWordAndPassageKeepTheirMeaningAndLanguage) {
  model::Inline foreign = Wrap(InlineKind::kForeign, {Text("chekisty")});
  foreign.language = "ru";
  model::Inline passage = Wrap(InlineKind::kLanguage, {Text("tant pis")});
  passage.language = "fr";
  EXPECT_EQ(Write({Paragraph({Wrap(InlineKind::kCitation, {Text("Politics")}), Text(" "),
                              foreign, Text(" "), passage})}),
            "<section><p><cite>Politics</cite> <i xml:lang=\"ru\" lang=\"ru\">chekisty</i> "
            "<span xml:lang=\"fr\" lang=\"fr\">tant pis</span></p></section>");
  // Titles and foreign words are shown in italic: their letters go into the italic font.
  EXPECT_TRUE(coverage_.Uses(FaceFile::kItalic));
}

TEST_F(TextWriterTest, EscapesMarkupCharacters) {
  EXPECT_EQ(Write({Paragraph({Text("a < b & c > d")})}),
            "<section><p>a &lt; b &amp; c &gt; d</p></section>");
}

TEST_F(TextWriterTest, SmallCapsOpeningAParagraphIsItsLeadIn) {
  EXPECT_EQ(Write({Paragraph({Wrap(InlineKind::kSmallCaps, {Text("DURING THE NIGHT,")}),
                              Text(" I woke.")}),
                   Paragraph({Text("Later "), Wrap(InlineKind::kSmallCaps, {Text("NEP")})})}),
            "<section><p class=\"opening\"><span class=\"lead-in\">DURING THE NIGHT,</span> I "
            "woke.</p><p>Later <span class=\"small-caps\">NEP</span></p></section>");
}

TEST_F(TextWriterTest, InlinePageMarkerIsAnEmptyLabelledPagebreak) {
  EXPECT_EQ(Write({Paragraph({Text("to shoot "), InlinePage("4"), Text("you.")})}),
            "<section><p>to shoot <span epub:type=\"pagebreak\" role=\"doc-pagebreak\" "
            "id=\"page-4\" aria-label=\"4\"></span>you.</p></section>");
  ASSERT_EQ(pages_.size(), 1u);
  EXPECT_EQ(pages_[0].page.label, "4");
  EXPECT_EQ(pages_[0].href, "text/chapter.xhtml#page-4");
}

// A marker between paragraphs goes first inside the next one: `h2 + p` still matches.
TEST_F(TextWriterTest, BlockPageMarkerOpensTheNextParagraph) {
  EXPECT_EQ(Write({Paragraph({Text("end.")}), PageMarker("6"), Paragraph({Text("Start.")})}),
            "<section><p>end.</p><p><span epub:type=\"pagebreak\" role=\"doc-pagebreak\" "
            "id=\"page-6\" aria-label=\"6\"></span>Start.</p></section>");
}

TEST_F(TextWriterTest, BlockPageMarkerStandsBeforeAHeadingOrSceneBreak) {
  EXPECT_EQ(Write({PageMarker("6"), Heading(2, "h", "Head"), PageMarker("7"), SceneBreak()}),
            "<section><span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-6\" "
            "aria-label=\"6\"></span><h2 id=\"h\">Head</h2><span epub:type=\"pagebreak\" "
            "role=\"doc-pagebreak\" id=\"page-7\" aria-label=\"7\"></span><hr "
            "class=\"scene-break\" role=\"separator\" aria-label=\"Scene break\"/></section>");
}

TEST_F(TextWriterTest, PageTargetsComeInReadingOrder) {
  Write({Paragraph({Text("a"), InlinePage("iv")}), PageMarker("v"),
         Container(BlockKind::kBlockQuote, {Paragraph({Text("q")})}),
         Paragraph({InlinePage("vi")})});
  ASSERT_EQ(pages_.size(), 3u);
  EXPECT_EQ(pages_[0].page.label, "iv");
  EXPECT_EQ(pages_[1].page.label, "v");
  EXPECT_EQ(pages_[2].page.label, "vi");
  EXPECT_LT(pages_[0].order, pages_[1].order);
  EXPECT_LT(pages_[1].order, pages_[2].order);
}

TEST_F(TextWriterTest, HeadingLevelsAndIds) {
  EXPECT_EQ(Write({Heading(1, "one", "One"), Heading(3, "three", "Three"), Heading(9, "deep", "Deep")}),
            "<section><h1 id=\"one\">One</h1><h3 id=\"three\">Three</h3><h6 "
            "id=\"deep\">Deep</h6></section>");
}

TEST_F(TextWriterTest, SceneBreakIsAnAnnouncedRule) {
  EXPECT_EQ(Write({SceneBreak()}),
            "<section><hr class=\"scene-break\" role=\"separator\" aria-label=\"Scene "
            "break\"/></section>");
}

// Lines broken by hand are verse: book.css sets p.verse without the paragraph indent.
TEST_F(TextWriterTest, BlockQuoteAndLineBreak) {
  EXPECT_EQ(Write({Container(BlockKind::kBlockQuote,
                             {Paragraph({Text("one,"), LineBreak(), Text("two")})})}),
            "<section><blockquote><p class=\"verse\">one,<br/>two</p></blockquote></section>");
  EXPECT_EQ(Write({Paragraph({Text("prose")})}), "<section><p>prose</p></section>");
}

TEST_F(TextWriterTest, OrderedListWithStartAndBulletList) {
  model::Block ordered = Container(BlockKind::kList, {Container(BlockKind::kListItem, {Paragraph({Text("c")})})});
  ordered.ordered = true;
  ordered.start = 3;
  model::Block bullets = Container(BlockKind::kList, {Container(BlockKind::kListItem, {Paragraph({Text("x")})}),
                                                      Container(BlockKind::kListItem, {Paragraph({Text("y")})})});
  EXPECT_EQ(Write({ordered, bullets}),
            "<section><ol start=\"3\"><li><p>c</p></li></ol><ul><li><p>x</p></li><li><p>y</p>"
            "</li></ul></section>");
}

TEST_F(TextWriterTest, NotesAreFootnoteAsidesWithBackLinks) {
  document_.notes = {Note(1, {Paragraph({Text("The call came at night.")})})};
  EXPECT_EQ(Write({Paragraph({Text("a call."), NoteRef(1)}), Paragraph({Text("again"), NoteRef(1)})}),
            "<section><p>a call.<a epub:type=\"noteref\" role=\"doc-noteref\" class=\"noteref\" "
            "id=\"noteref-1\" href=\"#note-1\">1</a></p><p>again<a epub:type=\"noteref\" "
            "role=\"doc-noteref\" class=\"noteref\" id=\"noteref-1-2\" href=\"#note-1\">1</a></p>"
            "<aside epub:type=\"footnote\" role=\"doc-footnote\" class=\"footnote\" id=\"note-1\">"
            "<p><a href=\"#noteref-1\" role=\"doc-backlink\" class=\"note-number\">1</a> The call "
            "came at night.</p></aside></section>");
}

TEST_F(TextWriterTest, ANoteNothingRefersToEndsTheBook) {
  document_.notes = {Note(1, {Paragraph({Text("Orphan.")})})};
  TextWriter writer(document_, &coverage_);
  writer.BeginFile("text/last.xhtml");
  pugi::xml_node section = xml_.append_child("section");
  ASSERT_TRUE(writer.WriteNotes(section, /*and_unreferenced=*/true).ok());
  std::ostringstream out;
  section.print(out, "", pugi::format_raw);
  EXPECT_NE(out.str().find("id=\"note-1\">\n<p>1 Orphan.</p></aside>"), std::string::npos) << out.str();
  EXPECT_EQ(writer.notes_written(), 1);
}

TEST_F(TextWriterTest, NoteReferenceWithoutNoteIsAnError) {
  model::Inline ref = NoteRef(2);
  ref.range.begin = {12, 30};
  EXPECT_EQ(Write({Paragraph({ref})}), "");
  EXPECT_NE(error_.find("book.md:12:30"), std::string::npos) << error_;
  EXPECT_NE(error_.find("has no note"), std::string::npos) << error_;
}

TEST_F(TextWriterTest, AnIdUsedTwiceIsAnErrorAtTheSecondUse) {
  EXPECT_EQ(Write({Heading(2, "page-6", "Page 6", 3), PageMarker("6", 9), Paragraph({Text("x")})}), "");
  EXPECT_NE(error_.find("book.md:9:1"), std::string::npos) << error_;
  EXPECT_NE(error_.find("page-6"), std::string::npos) << error_;
}

TEST_F(TextWriterTest, CoverageFollowsTheFace) {
  Write({Paragraph({Text("ab"), Wrap(InlineKind::kEmphasis, {Text("c"), Wrap(InlineKind::kEmphasis, {Text("d")})}),
                    Wrap(InlineKind::kStrong, {Text("e")})})});
  EXPECT_EQ(coverage_.CodePoints(FaceFile::kRegular), (std::vector<char32_t>{'a', 'b', 'd'}));
  EXPECT_EQ(coverage_.CodePoints(FaceFile::kItalic), (std::vector<char32_t>{'c'}));
  EXPECT_EQ(coverage_.CodePoints(FaceFile::kBold), (std::vector<char32_t>{'e'}));
}

}  // namespace
}  // namespace galley::epub
