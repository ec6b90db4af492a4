// Spilled pages (page_spill.h) come back exactly as they were made, in any order, with their
// paragraphs numbered in reading order; the binary form refuses bytes it did not write; and the
// stages that read a whole book (page_reader.h, the layout record) see a spilled book as the
// same book held in memory.
#include "frames/page_spill.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "frames/item_codec.h"
#include "frames/page_reader.h"
#include "frames/record_writer.h"

namespace galley::frames {
namespace {

TextLineItem SampleLine(int paragraph) {
  TextLineItem line;
  line.role = Role::kHeading;
  line.level = 2;
  line.paragraph = paragraph;
  line.line = 3;
  line.last = true;
  line.justified = true;
  line.underfull = true;
  line.ratio = -0.2281234567891;  // more digits than the record keeps
  line.words = 2;
  line.source = {{18, 1}, {18, 12}};
  line.text = "Victor émi-";
  line.x = 51.0240000001;
  line.y = 113.024;
  line.width = 317.48;
  GlyphRunItem run;
  run.font = 1;
  run.size = 10;
  run.style = {Face::kItalic, true, true, 0.4, 1.5, "kern liga smcp", "fr"};
  run.text = "Victor émi-";
  run.x = 51.024;
  run.y = 111.524;
  run.horizontal_scale = 0.995;
  run.color = {0.56, 0.1, 0.07};
  run.glyphs = {{55, 6.653f, 0, 0, 0}, {74, 2.426f, 0.5f, -1.25f, 1}, {1, 2.773f, 0, 0, 6}};
  GlyphRunItem plain = run;  // no offsets, and a cluster beyond two bytes (a 70 KB word)
  plain.glyphs = {{55, 6.653f, 0, 0, 0}, {70000, 2.5f, 0, 0, 70001}};
  GlyphRunItem negative_zero = run;  // -0 is kept as -0
  negative_zero.glyphs = {{55, 6.653f, -0.0f, 0, 0}};
  line.runs = {run, plain, negative_zero};
  return line;
}

// Every kind of item.
std::vector<FrameItem> SampleItems(int paragraph) {
  return {Destination("biography", 51.024, 51.024),
          TagBegin("P"),
          TextItem(SampleLine(paragraph)),
          RuleFrameItem({Role::kUnderline, 51, 115, 90.5, 115, 0.4, {0.1, 0.2, 0.3}}),
          Link({51.024, 100.5, 317.48, 13, "the-cheka"}),
          TagEnd("P")};
}

void ExpectSameLine(const TextLineItem& a, const TextLineItem& b) {
  EXPECT_EQ(a.role, b.role);
  EXPECT_EQ(a.level, b.level);
  EXPECT_EQ(a.paragraph, b.paragraph);
  EXPECT_EQ(a.line, b.line);
  EXPECT_EQ(std::make_tuple(a.first, a.last, a.justified, a.hyphenated, a.overfull, a.underfull),
            std::make_tuple(b.first, b.last, b.justified, b.hyphenated, b.overfull, b.underfull));
  EXPECT_EQ(a.ratio, b.ratio);  // exactly: the PDF drawn from a spill is the same bytes
  EXPECT_EQ(a.words, b.words);
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(std::make_tuple(a.x, a.y, a.width), std::make_tuple(b.x, b.y, b.width));
  ASSERT_EQ(a.runs.size(), b.runs.size());
  for (size_t i = 0; i < a.runs.size(); ++i) {
    const GlyphRunItem& r = a.runs[i];
    const GlyphRunItem& s = b.runs[i];
    EXPECT_EQ(std::make_tuple(r.font, r.size, r.x, r.y, r.horizontal_scale, r.text),
              std::make_tuple(s.font, s.size, s.x, s.y, s.horizontal_scale, s.text));
    EXPECT_EQ(r.style, s.style);
    EXPECT_EQ(r.color, s.color);
    ASSERT_EQ(r.glyphs.size(), s.glyphs.size());
    for (size_t g = 0; g < r.glyphs.size(); ++g) {
      const shaping::Glyph& a_glyph = r.glyphs[g];
      const shaping::Glyph& b_glyph = s.glyphs[g];
      EXPECT_EQ(std::make_tuple(a_glyph.id, a_glyph.cluster),
                std::make_tuple(b_glyph.id, b_glyph.cluster));
      // By their bits: -0 must come back as -0.
      EXPECT_EQ(std::make_tuple(std::bit_cast<uint32_t>(a_glyph.x_advance),
                                std::bit_cast<uint32_t>(a_glyph.x_offset),
                                std::bit_cast<uint32_t>(a_glyph.y_offset)),
                std::make_tuple(std::bit_cast<uint32_t>(b_glyph.x_advance),
                                std::bit_cast<uint32_t>(b_glyph.x_offset),
                                std::bit_cast<uint32_t>(b_glyph.y_offset)));
    }
  }
}

void ExpectSameItems(const std::vector<FrameItem>& a, const std::vector<FrameItem>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a[i].kind, b[i].kind) << "item " << i;
    ExpectSameLine(a[i].text, b[i].text);
    const RuleItem& r = a[i].rule;
    const RuleItem& s = b[i].rule;
    EXPECT_EQ(std::make_tuple(r.role, r.x0, r.y0, r.x1, r.y1, r.thickness),
              std::make_tuple(s.role, s.x0, s.y0, s.x1, s.y1, s.thickness));
    EXPECT_EQ(r.color, s.color);
    EXPECT_EQ(std::make_tuple(a[i].link.x, a[i].link.y, a[i].link.width, a[i].link.height,
                              a[i].link.destination),
              std::make_tuple(b[i].link.x, b[i].link.y, b[i].link.width, b[i].link.height,
                              b[i].link.destination));
    EXPECT_EQ(std::make_tuple(a[i].destination.name, a[i].destination.x, a[i].destination.y),
              std::make_tuple(b[i].destination.name, b[i].destination.x, b[i].destination.y));
    EXPECT_EQ(a[i].tag_begin.name, b[i].tag_begin.name);
    EXPECT_EQ(a[i].tag_end.name, b[i].tag_end.name);
  }
}

TEST(ItemCodecTest, EveryFieldComesBackExactly) {
  std::vector<FrameItem> items = SampleItems(21);
  std::string bytes;
  EncodeItems(items, &bytes);
  Result<std::vector<FrameItem>> decoded = DecodeItems(bytes);
  ASSERT_TRUE(decoded.ok()) << decoded.error().ToString();
  ExpectSameItems(*decoded, items);
}

TEST(ItemCodecTest, BytesCutShortOrWithMoreAfterAreRefused) {
  std::string bytes;
  EncodeItems(SampleItems(21), &bytes);
  for (size_t size : {size_t{0}, size_t{3}, bytes.size() / 2, bytes.size() - 1}) {
    EXPECT_FALSE(DecodeItems(std::string_view(bytes).substr(0, size)).ok()) << size;
  }
  EXPECT_FALSE(DecodeItems(bytes + "x").ok());
  std::string huge_count = bytes;
  huge_count[3] = '\x7f';  // an item count far beyond the bytes
  EXPECT_FALSE(DecodeItems(huge_count).ok());
}

// Decoded into the items of another page — other kinds in the same places, longer and shorter
// lines, glyphs with offsets where the next have none — a page comes back as DecodeItems gives it,
// with every member of its items' other kinds still a default value.
TEST(ItemCodecTest, DecodingIntoAnotherPagesItemsGivesTheSameItems) {
  std::vector<FrameItem> reversed = SampleItems(4);
  std::reverse(reversed.begin(), reversed.end());
  TextLineItem short_line = SampleLine(5);
  short_line.text = "a";
  short_line.runs.resize(1);
  short_line.runs[0].glyphs = {{7, 1.5f, 0, 0, 0}, {8, 2, 0, 0, 0}};  // no offsets
  std::vector<FrameItem> short_page = {Destination("a", 1, 2), TagBegin("P"),
                                       TextItem(short_line)};  // its line where a longer was
  std::vector<FrameItem> pages[] = {SampleItems(1), short_page, reversed, SampleItems(2), {},
                                    SampleItems(3)};
  std::vector<FrameItem> reused;
  for (const std::vector<FrameItem>& page : pages) {
    std::string bytes;
    EncodeItems(page, &bytes);
    ASSERT_TRUE(DecodeItemsInto(bytes, &reused).ok());
    Result<std::vector<FrameItem>> fresh = DecodeItems(bytes);
    ASSERT_TRUE(fresh.ok());
    ExpectSameItems(reused, *fresh);
    ExpectSameItems(reused, page);
  }
}

TEST(PageSpillTest, PagesPutInAnyOrderComeBackAsPut) {
  Result<std::unique_ptr<PageSpill>> spill = PageSpill::Create();
  ASSERT_TRUE(spill.ok()) << spill.error().ToString();
  ASSERT_TRUE((*spill)->Put(2, SampleItems(3)).ok());
  ASSERT_TRUE((*spill)->Put(0, SampleItems(1)).ok());
  ASSERT_TRUE((*spill)->Put(1, {}).ok());
  EXPECT_EQ((*spill)->pages(), 3u);
  EXPECT_GT((*spill)->bytes(), 0u);
  for (int index : {1, 2, 0, 2}) {
    Result<std::vector<FrameItem>> items = (*spill)->Get(index);
    ASSERT_TRUE(items.ok()) << items.error().ToString();
    ExpectSameItems(*items, index == 1 ? std::vector<FrameItem>{} : SampleItems(index + 1));
  }
}

TEST(PageSpillTest, APageNeverPutOrPutTwiceIsAnError) {
  Result<std::unique_ptr<PageSpill>> spill = PageSpill::Create();
  ASSERT_TRUE(spill.ok());
  ASSERT_TRUE((*spill)->Put(1, SampleItems(1)).ok());
  EXPECT_FALSE((*spill)->Get(0).ok());
  EXPECT_FALSE((*spill)->Get(5).ok());
  EXPECT_FALSE((*spill)->Put(1, SampleItems(1)).ok());
}

// TMPDIR for one test, put back as it was afterwards.
class ScopedTmpdir {
 public:
  explicit ScopedTmpdir(const std::string& dir) {
    if (const char* old = std::getenv("TMPDIR")) old_ = old;
    setenv("TMPDIR", dir.c_str(), 1);
  }
  ~ScopedTmpdir() {
    if (old_) setenv("TMPDIR", old_->c_str(), 1);
    else unsetenv("TMPDIR");
  }

 private:
  std::optional<std::string> old_;
};

// The pages go where the user keeps temporary files (a big book's pages need room), and the
// file has no name there, so that nothing is left behind even by a killed run.
TEST(PageSpillTest, TheFileIsMadeUnnamedInTmpdir) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "galley-spill-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    ScopedTmpdir tmpdir(dir.string());
    Result<std::unique_ptr<PageSpill>> spill = PageSpill::Create();
    ASSERT_TRUE(spill.ok()) << spill.error().ToString();
    ASSERT_TRUE((*spill)->Put(0, SampleItems(1)).ok());
    EXPECT_TRUE(std::filesystem::is_empty(dir));
  }
  {
    ScopedTmpdir tmpdir((dir / "missing").string());
    Result<std::unique_ptr<PageSpill>> spill = PageSpill::Create();
    ASSERT_FALSE(spill.ok());
    EXPECT_THAT(spill.error().ToString(), testing::HasSubstr((dir / "missing").string()));
  }
  std::filesystem::remove_all(dir);
}

// The contents are composed after the body, so their paragraphs have the highest numbers;
// read back, the book's paragraphs are numbered in the order they are met, page by page.
TEST(PageSpillTest, ParagraphsAreNumberedInReadingOrder) {
  Result<std::unique_ptr<PageSpill>> spill = PageSpill::Create();
  ASSERT_TRUE(spill.ok());
  std::vector<FrameItem> body = SampleItems(1);            // page 2: composed first
  body.push_back(TextItem(SampleLine(2)));
  std::vector<FrameItem> contents = SampleItems(3);        // page 1: composed last
  contents.push_back(TextItem(SampleLine(0)));             // a line of no paragraph
  ASSERT_TRUE((*spill)->Put(1, body).ok());
  ASSERT_TRUE((*spill)->Put(0, contents).ok());
  (*spill)->NumberParagraphsInPageOrder();
  Result<std::vector<FrameItem>> first = (*spill)->Get(0);
  Result<std::vector<FrameItem>> second = (*spill)->Get(1);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ((*first)[2].text.paragraph, 1);
  EXPECT_EQ((*first)[6].text.paragraph, 0);
  EXPECT_EQ((*second)[2].text.paragraph, 2);
  EXPECT_EQ((*second)[6].text.paragraph, 3);
}

DocumentFrames TwoPages() {
  DocumentFrames frames;
  frames.title = "Kronstadt 21";
  frames.fonts = {{"fonts/EBGaramond12-Regular.otf", "EB Garamond", "Regular",
                   "0c202ec36459df11"}};
  for (int number : {1, 2}) {
    PageFrame page;
    page.number = number;
    page.width = 419.528;
    page.height = 595.276;
    page.label = ArabicLabel(number);
    page.items = SampleItems(number);
    frames.pages.push_back(page);
  }
  return frames;
}

TEST(PageReaderTest, ASpilledBookReadsAsTheSameBookInMemory) {
  DocumentFrames in_memory = TwoPages();
  DocumentFrames spilled = TwoPages();
  Result<std::unique_ptr<PageSpill>> spill = PageSpill::Create();
  ASSERT_TRUE(spill.ok());
  for (size_t i = 0; i < spilled.pages.size(); ++i) {
    ASSERT_TRUE((*spill)->Put(i, spilled.pages[i].items).ok());
    spilled.pages[i].items.clear();
  }
  spilled.spill = std::move(*spill);

  PageReader memory_pages(in_memory);
  PageReader spilled_pages(spilled);
  for (size_t i : {1, 0}) {
    Result<const PageFrame*> a = memory_pages.Page(i);
    Result<const PageFrame*> b = spilled_pages.Page(i);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(*a, &in_memory.pages[i]) << "frames in memory are read in place";
    EXPECT_EQ((*b)->number, static_cast<int>(i) + 1);
    EXPECT_EQ((*b)->label, in_memory.pages[i].label);
    ExpectSameItems((*b)->items, in_memory.pages[i].items);
  }

  std::string record;
  Status written = WriteRecord(spilled, [&record](std::string_view text) {
    record += text;
    return Status::Ok();
  });
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(record, FormatRecord(in_memory));
}

}  // namespace
}  // namespace galley::frames
