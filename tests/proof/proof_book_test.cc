// `galley proof` on what only frames show (issue 9's "Shows"), end to end through the built
// binary on a small generated title (test_title.h): a template edit proofed as one command
// (TITLE against TITLE --template EDITED), each of a folio format, a running head, a title size
// and margin references switched off giving exit 3 and a line naming it; a correction that
// pushes text onto another page naming the contents page numbers and running heads it
// changed; an italicised word as a style change; more hyphenated lines counted; an identical
// rebuild exiting 0 with "no changes".
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "proof/test_title.h"
#include "support/galley_process.h"

namespace galley::proof {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using Outcome = galley::testing::ProcessResult;

class ProofBookTest : public ::testing::Test {
 protected:
  std::string File(const std::string& name) const { return dir_.File(name); }

  // The title proofed against itself, the after side set with the default template changed
  // by `keys`.
  Outcome ProofTemplateEdit(const std::vector<std::pair<std::string, std::string>>& keys) {
    TestTitle::WriteTemplate(File("edited.template"), keys);
    return galley::testing::RunGalley({"proof", "--fail-on-change", title_.folder(),
                                       title_.folder(), "--template", File("edited.template")});
  }

  galley::testing::TempDir dir_;
  TestTitle title_{dir_.File("sample")};
};

TEST_F(ProofBookTest, AFolioFormatChangeIsNamed) {
  Outcome run = ProofTemplateEdit({{"folio.format", "\"[{}]\""}});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("\nfurniture\n  folio, page 3: \"– 3 –\" → \"[3]\""));
  EXPECT_THAT(run.out, HasSubstr("  folio.format: \"– {} –\" → \"[{}]\""));
  EXPECT_THAT(run.out, HasSubstr("paragraphs   0 text changed, 0 added, 0 removed, 0 reordered, "
                                 "0 re-broken"));
}

TEST_F(ProofBookTest, ARunningHeadChangeIsNamed) {
  Outcome run = ProofTemplateEdit({{"running-head.verso", "author"}});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("running head, page "));
  EXPECT_THAT(run.out, HasSubstr(": \"Proof Sample\" → \"Ada Tester\""));
  EXPECT_THAT(run.out, HasSubstr("  running-head.verso: \"title\" → \"author\""));
}

TEST_F(ProofBookTest, ATitleSizeChangeIsNamedWithBothSizes) {
  Outcome run = ProofTemplateEdit({{"title-page.title-size", "30pt"}});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("title page, page 1: \"Proof Sample\" "));
  EXPECT_THAT(run.out, HasSubstr("size 24 → 30 pt"));
  EXPECT_THAT(run.out, HasSubstr("printed      1 of "));
}

TEST_F(ProofBookTest, MarginReferencesSwitchedOffAreNamedPageByPage) {
  Outcome run = ProofTemplateEdit({{"page-refs.show", "no"}});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr(": gone, was \"2\""));
  EXPECT_THAT(run.out, HasSubstr("margin reference, page "));
  EXPECT_THAT(run.out, HasSubstr("margin references changed"));
}

TEST_F(ProofBookTest, TextPushedOntoAnotherPageNamesTheContentsAndRunningHeads) {
  Outcome before = galley::testing::RunGalley(
      {"-q", "pdf", title_.folder(), "-o", File("before.pdf")});
  ASSERT_EQ(before.exit_code, 0) << before.err;
  // Six paragraphs added at the end of chapter 1: it takes more pages, so every later chapter
  // begins later.
  std::string last = title_.Paragraph(0, 8);
  std::string added = last;
  for (int k = 3; k < 9; ++k) added += "\n\n" + title_.Paragraph(1, k);
  ASSERT_TRUE(title_.Replace(last, added));
  Outcome run = galley::testing::RunGalley(
      {"proof", "--fail-on-change", File("before.lines.txt"), title_.folder()});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("paragraphs   0 text changed, 6 added"));
  EXPECT_THAT(run.out, HasSubstr("contents page number, page "));
  EXPECT_THAT(run.out, HasSubstr("\"Chapter 2\": \""));
  EXPECT_THAT(run.out, HasSubstr("running head, page "));
}

TEST_F(ProofBookTest, AnItalicisedWordIsAStyleChange) {
  std::string paragraph = title_.Paragraph(1, 1);
  size_t space = paragraph.find(' ', 20);
  size_t end = paragraph.find(' ', space + 1);
  std::string word = paragraph.substr(space + 1, end - space - 1);
  std::string edited = paragraph.substr(0, space + 1) + "*" + word + "*" + paragraph.substr(end);
  Outcome before = galley::testing::RunGalley(
      {"-q", "pdf", title_.folder(), "-o", File("before.pdf")});
  ASSERT_EQ(before.exit_code, 0) << before.err;
  ASSERT_TRUE(title_.Replace(paragraph, edited));

  Outcome run = galley::testing::RunGalley(
      {"proof", "--fail-on-change", File("before.lines.txt"), title_.folder()});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("0 text changed"));
  EXPECT_THAT(run.out, HasSubstr("style        1 paragraph with words in another style"));
  EXPECT_THAT(run.out, HasSubstr(", now italic \"" + word + "\""));
}

// Fonts are numbered in the frames in the order the book first uses them, so italicising a word
// in chapter 1 of a book whose chapter 3 sets bold before italic swaps the two fonts' ids, and
// every run of chapter 3 reads differently in the record. Proof compares fonts by their digest,
// not their id: it reports the one page of chapter 1 that changed, and nothing in chapter 3.
TEST_F(ProofBookTest, FontIdsShiftedByAnEditElsewhereChangeNoOtherPage) {
  auto emphasise = [](const std::string& paragraph, size_t from, const std::string& mark) {
    size_t space = paragraph.find(' ', from);
    size_t end = paragraph.find(' ', space + 1);
    return paragraph.substr(0, space + 1) + mark + paragraph.substr(space + 1, end - space - 1) +
           mark + paragraph.substr(end);
  };
  std::string chapter3 = title_.Paragraph(2, 1);
  ASSERT_TRUE(title_.Replace(chapter3, emphasise(emphasise(chapter3, 60, "*"), 20, "**")));
  Outcome before = galley::testing::RunGalley(
      {"-q", "pdf", title_.folder(), "-o", File("before.pdf")});
  ASSERT_EQ(before.exit_code, 0) << before.err;
  std::string chapter1 = title_.Paragraph(0, 1);
  ASSERT_TRUE(title_.Replace(chapter1, emphasise(chapter1, 20, "*")));
  Outcome after = galley::testing::RunGalley({"-q", "pdf", title_.folder(), "-o", File("after.pdf")});
  ASSERT_EQ(after.exit_code, 0) << after.err;
  // The ids did shift: the same two fonts, numbered the other way round.
  auto font_one = [](const std::string& record) {  // the record's line "font 1 …"
    size_t at = record.find("\nfont 1 ");
    return at == std::string::npos ? std::string()
                                   : record.substr(at + 1, record.find('\n', at + 1) - at - 1);
  };
  ASSERT_THAT(font_one(galley::testing::ReadFileOrEmpty(File("before.lines.txt"))),
              HasSubstr("Bold"));
  ASSERT_THAT(font_one(galley::testing::ReadFileOrEmpty(File("after.lines.txt"))),
              HasSubstr("Italic"));

  Outcome run = galley::testing::RunGalley(
      {"proof", "--fail-on-change", File("before.lines.txt"), File("after.lines.txt")});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("printed      1 of "));
  EXPECT_THAT(run.out, HasSubstr("0 text changed"));
  EXPECT_THAT(run.out, HasSubstr("style        1 paragraph with words in another style"));
  EXPECT_THAT(run.out, HasSubstr("furniture    unchanged"));
}

TEST_F(ProofBookTest, MoreHyphenatedLinesAreCounted) {
  Outcome run = ProofTemplateEdit({{"page.width", "118mm"}});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  std::smatch match;
  std::regex counted("hyphenated lines ([0-9]+) → ([0-9]+)");
  ASSERT_TRUE(std::regex_search(run.out, match, counted)) << run.out;
  EXPECT_LT(std::stoi(match[1]), std::stoi(match[2])) << "a narrower measure hyphenates more";
  EXPECT_THAT(run.out, HasSubstr("  page.width: \"148mm\" → \"118mm\""));
}

TEST_F(ProofBookTest, AnIdenticalRebuildHasNoChanges) {
  Outcome pdf = galley::testing::RunGalley({"-q", "pdf", title_.folder(), "-o", File("a.pdf")});
  ASSERT_EQ(pdf.exit_code, 0) << pdf.err;
  for (const std::vector<std::string>& sides :
       {std::vector<std::string>{File("a.lines.txt"), title_.folder()},
        std::vector<std::string>{title_.folder(), title_.folder()},
        std::vector<std::string>{File("a.lines.txt"), File("a.lines.txt")}}) {
    Outcome run =
        galley::testing::RunGalley({"proof", "--fail-on-change", sides[0], sides[1]});
    EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
    EXPECT_THAT(run.out, HasSubstr("\nno changes: every line is set as before"));
    EXPECT_THAT(run.out, HasSubstr("printed      0 of "));
  }
}

// A record names its fonts as `galley pdf` found them, relative to where it ran; the report's
// page images are drawn all the same when proof runs elsewhere (the shipped fonts, digests
// checked).
TEST_F(ProofBookTest, PageImagesAreDrawnFromAnotherFolderToo) {
  Outcome pdf = galley::testing::RunGalley({"-q", "pdf", title_.folder(), "-o", File("a.pdf")});
  ASSERT_EQ(pdf.exit_code, 0) << pdf.err;
  ASSERT_TRUE(title_.Replace(title_.Paragraph(0, 1), title_.Paragraph(0, 1) + " Amended."));
  Outcome run = galley::testing::RunGalley(
      {"-q", "proof", File("a.lines.txt"), title_.folder(), "--html", File("report.html")},
      dir_.path());
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  std::string html = galley::testing::ReadFileOrEmpty(File("report.html"));
  EXPECT_THAT(html, HasSubstr("src=\"data:image/png;base64,"));
  EXPECT_THAT(html, HasSubstr("<div class=\"mark line\""));
}

TEST_F(ProofBookTest, ATemplateIsForATitleNotARecord) {
  Outcome pdf = galley::testing::RunGalley({"-q", "pdf", title_.folder(), "-o", File("a.pdf")});
  ASSERT_EQ(pdf.exit_code, 0) << pdf.err;
  TestTitle::WriteTemplate(File("edited.template"), {});
  Outcome run = galley::testing::RunGalley(
      {"proof", title_.folder(), File("a.lines.txt"), "--template", File("edited.template")});
  EXPECT_EQ(run.exit_code, 2) << run.out << run.err;
  EXPECT_THAT(run.err, HasSubstr("--template is for a side given as a title"));
}

}  // namespace
}  // namespace galley::proof
