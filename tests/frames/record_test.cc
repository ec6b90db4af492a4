// The layout record: frames written out and read back. Hand-built frames with every kind of
// item, so that each field is seen to survive the round trip, and malformed records rejected
// at their line and column.
#include "frames/record_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "frames/record_writer.h"

namespace galley::frames {
namespace {

using ::testing::HasSubstr;

DocumentFrames SampleFrames() {
  DocumentFrames frames;
  frames.title = "Kronstadt 21";
  frames.template_path = "templates/print/default.template";
  frames.language = "en-US";
  frames.metadata = {"Kronstadt 21", "Victor Serge", "The rising | of 1921", "Kronstadt",
                     "galley 0.1.0", "2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z"};
  frames.settings = {{"folio.format", "\u2013 {} \u2013"}, {"hyphenation.language", ""}};
  frames.fonts = {{"fonts/EBGaramond12-Regular.otf", "EB Garamond", "Regular",
                   "0c202ec36459df11"},
                  {"my fonts/Italic.otf", "EB Garamond", "Italic", "6fd615bf17ccf954"}};
  frames.outline = {{"About the Author", 1, "biography"}, {"THE CHEKA", 2, "the-cheka"}};

  PageFrame page;
  page.number = 1;
  page.width = 419.528;
  page.height = 595.276;
  page.label = {PageLabel::Style::kRoman, 4, "iv"};
  page.kind = PageKind::kText;
  page.opening = true;
  page.block = {51.024, 317.48, 61.024, 13, 38};
  page.items.push_back(Destination("biography", 51.024, 51.024));
  page.items.push_back(TagBegin("P"));
  TextLineItem line;
  line.role = Role::kBody;
  line.paragraph = 21;
  line.line = 3;
  line.first = true;
  line.justified = true;
  line.hyphenated = true;
  line.ratio = -0.228;
  line.words = 2;
  line.source = {{18, 1}, {18, 12}};
  line.text = "Victor émi-";
  line.x = 51.024;
  line.y = 113.024;
  line.width = 317.48;
  GlyphRunItem run;
  run.font = 1;
  run.size = 10;
  run.style = {Face::kItalic, true, true, 0.4, 1.5, "kern liga smcp"};
  run.text = "Victor émi-";
  run.x = 51.024;
  run.y = 111.524;
  run.horizontal_scale = 0.99;
  run.color = {0.56, 0.1, 0.07};
  run.glyphs = {{55, 6.653f, 0, 0, 0}, {74, 2.426f, 0.5f, -1.25f, 1}, {1, 2.773f, 0, 0, 6},
                {169, 3.5f, 0, 0, 7}, {14, 2.1f, 0, 0, 10}};
  line.runs.push_back(run);
  page.items.push_back(TextItem(line));
  page.items.push_back(RuleFrameItem({Role::kUnderline, 51, 115, 90.5, 115, 0.4, {}}));
  page.items.push_back(Link({51.024, 100.5, 317.48, 13, "the-cheka"}));
  page.items.push_back(TagEnd("P"));
  frames.pages.push_back(page);

  PageFrame blank;
  blank.number = 2;
  blank.width = 419.528;
  blank.height = 595.276;
  blank.label = ArabicLabel(2);
  blank.kind = PageKind::kBlank;
  frames.pages.push_back(blank);
  return frames;
}

// `galley pdf` streams the record into its file a page at a time: the pieces are the record.
TEST(RecordTest, WrittenInPiecesItIsTheSameText) {
  DocumentFrames frames = SampleFrames();
  std::vector<std::string> pieces;
  Status written = WriteRecord(frames, [&pieces](std::string_view text) {
    pieces.emplace_back(text);
    return Status::Ok();
  });
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(pieces.size(), frames.pages.size()) << "one piece a page, the header with the first";
  std::string joined;
  for (const std::string& piece : pieces) joined += piece;
  EXPECT_EQ(joined, FormatRecord(frames));
}

TEST(RecordTest, ASinkErrorStopsTheWriting) {
  int calls = 0;
  Status written = WriteRecord(SampleFrames(), [&calls](std::string_view) -> Status {
    ++calls;
    return IoError("a.lines.txt", "cannot be written: No space left on device");
  });
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(calls, 1);
  EXPECT_NE(written.error().message.find("No space left"), std::string::npos);
}

TEST(RecordTest, EveryFieldSurvivesTheRoundTrip) {
  DocumentFrames frames = SampleFrames();
  std::string text = FormatRecord(frames);
  Result<DocumentFrames> read = ParseRecord(text, "a.lines.txt", {.glyphs = true});
  ASSERT_TRUE(read.ok()) << read.error().ToString();
  EXPECT_EQ(FormatRecord(*read), text);
  EXPECT_EQ(read->title, frames.title);
  EXPECT_EQ(read->settings, frames.settings);
  EXPECT_EQ(read->fonts, frames.fonts);
  EXPECT_EQ(read->metadata.subject, "The rising | of 1921");
  ASSERT_EQ(read->pages.size(), 2u);
  const PageFrame& page = read->pages[0];
  EXPECT_EQ(page.label, frames.pages[0].label);
  EXPECT_EQ(page.block, frames.pages[0].block);
  EXPECT_TRUE(page.opening);
  EXPECT_FALSE(page.closing);
  ASSERT_EQ(page.items.size(), 6u);
  const TextLineItem& line = page.items[2].text;
  EXPECT_EQ(line.role, Role::kBody);
  EXPECT_EQ(line.paragraph, 21);
  EXPECT_EQ(line.line, 3);
  EXPECT_TRUE(line.first && line.justified && line.hyphenated);
  EXPECT_FALSE(line.last || line.overfull || line.underfull);
  EXPECT_EQ(line.source, (SourceRange{{18, 1}, {18, 12}}));
  EXPECT_DOUBLE_EQ(line.ratio, -0.228);
  ASSERT_EQ(line.runs.size(), 1u);
  const GlyphRunItem& run = line.runs[0];
  EXPECT_EQ(run.style, frames.pages[0].items[2].text.runs[0].style);
  EXPECT_EQ(run.color, (Color{0.56, 0.1, 0.07}));
  ASSERT_EQ(run.glyphs.size(), 5u);
  EXPECT_EQ(run.glyphs[1].cluster, 1u);
  EXPECT_EQ(run.glyphs[3].cluster, 7u);  // after the two bytes of é
  EXPECT_FLOAT_EQ(run.glyphs[1].y_offset, -1.25f);
  EXPECT_EQ(page.items[3].rule.role, Role::kUnderline);
  EXPECT_EQ(page.items[4].link.destination, "the-cheka");
  EXPECT_EQ(read->pages[1].kind, PageKind::kBlank);
}

// After a page turn the rest of a hyphenated word reads as nothing (layout/pages/
// page_turn_words.h): a run's text may be empty or begin with the space after that rest.
TEST(RecordTest, ARunsTextMayBeEmptyOrBeginWithASpace) {
  DocumentFrames frames = SampleFrames();
  TextLineItem& line = frames.pages[0].items[2].text;
  GlyphRunItem rest = line.runs[0];
  rest.text.clear();
  rest.glyphs = {{20, 3.1f, 0, 0, 0}, {21, 3.2f, 0, 0, 0}};
  line.runs[0].text = " a cow";
  line.runs[0].glyphs[0].cluster = 0;
  line.runs[0].glyphs[1].cluster = 0;
  line.runs.push_back(rest);
  std::string text = FormatRecord(frames);
  Result<DocumentFrames> read = ParseRecord(text, "a.lines.txt", {.glyphs = true});
  ASSERT_TRUE(read.ok()) << read.error().ToString();
  EXPECT_EQ(FormatRecord(*read), text);
  const TextLineItem& read_line = read->pages[0].items[2].text;
  ASSERT_EQ(read_line.runs.size(), 2u);
  EXPECT_EQ(read_line.runs[0].text, " a cow");
  EXPECT_EQ(read_line.runs[1].text, "");
  EXPECT_EQ(read_line.runs[1].glyphs.size(), 2u);
}

TEST(RecordTest, GlyphsAreReadOnlyWhenAskedFor) {
  Result<DocumentFrames> read = ParseRecord(FormatRecord(SampleFrames()), "a.lines.txt");
  ASSERT_TRUE(read.ok());
  const GlyphRunItem& run = read->pages[0].items[2].text.runs[0];
  EXPECT_TRUE(run.glyphs.empty());
  EXPECT_EQ(run.text, "Victor émi-");
}

TEST(RecordTest, ItIsLineOrientedAndReadable) {
  std::string text = FormatRecord(SampleFrames());
  EXPECT_THAT(text, ::testing::StartsWith("galley layout record 2\ntitle | Kronstadt 21\n"));
  EXPECT_THAT(text, HasSubstr("\npage 1 text roman 4 o- 419.528 595.276 51.024 317.480 61.024 "
                              "13.000 38 | iv\n"));
  EXPECT_THAT(text, HasSubstr("\nline body 0 21 3 f-jh-- -0.228 2 18:1-18:12 51.024 113.024 "
                              "317.480 | Victor émi-\n"));
  EXPECT_THAT(text, HasSubstr("\nrun 1 10.000 italic su 0.400 1.500 0.990 0.56,0.1,0.07 51.024 "
                              "111.524 kern+liga+smcp | Victor émi-\n"));
  EXPECT_THAT(text, HasSubstr("\nglyphs 55:6.653 74:2.426@0.5,-1.25 1:2.773+5 169:3.5 14:2.1+3\n"));
  EXPECT_THAT(text, HasSubstr("\nsetting hyphenation.language | \n"));
  EXPECT_THAT(text, HasSubstr("\nfont 1 6fd615bf17ccf954 | my fonts/Italic.otf | EB Garamond | "
                              "Italic\n"));
}

// Each malformed line is refused with its line and the column of the field that is wrong.
TEST(RecordTest, AMalformedLineIsNamedWithItsLineAndColumn) {
  std::string good = FormatRecord(SampleFrames());
  struct Case {
    std::string from, to;
    std::string where, message;
  };
  size_t page_line = 0;
  {
    std::string before = good.substr(0, good.find("\npage 1 "));
    for (char c : before) page_line += c == '\n';
    page_line += 2;
  }
  const std::string page = std::to_string(page_line);
  const std::string line = std::to_string(page_line + 3);
  std::vector<Case> cases = {
      {"line body 0 21 3 f-jh--", "line bodie 0 21 3 f-jh--", line + ":6", "is not a role"},
      {"f-jh-- -0.228", "f-jx-- -0.228", line + ":18", "line flags"},
      {"18:1-18:12", "18:1", line + ":34", "source range"},
      {"page 1 text roman 4", "page 1 text romn 4", page + ":13", "label style"},
      {"page 1 text", "page 3 text", page + ":6", "numbered 1, 2, 3"},
      {"pages 2", "pages 3", "", "ends early"},
  };
  for (const Case& c : cases) {
    std::string bad = good;
    size_t at = bad.find(c.from);
    ASSERT_NE(at, std::string::npos) << c.from;
    bad.replace(at, c.from.size(), c.to);
    Result<DocumentFrames> read = ParseRecord(bad, "bad.lines.txt");
    ASSERT_FALSE(read.ok()) << c.to;
    EXPECT_THAT(read.error().ToString(), HasSubstr("bad.lines.txt:" + c.where)) << c.to;
    EXPECT_THAT(read.error().message, HasSubstr(c.message)) << c.to;
  }
  Result<DocumentFrames> old = ParseRecord("# galley layout record\n", "old.lines.txt");
  ASSERT_FALSE(old.ok());
  EXPECT_THAT(old.error().message, HasSubstr("not a layout record of this version"));
}

}  // namespace
}  // namespace galley::frames
