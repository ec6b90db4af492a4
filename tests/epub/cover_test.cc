// The typographic cover: its frame (what is set where) and the image drawn from it.
#include <gtest/gtest.h>

#include "epub/cover_design.h"
#include "epub/cover_image.h"
#include "epub/front_pages.h"
#include "epub_test_support.h"
#include "fonts/font_library.h"

namespace galley::epub {
namespace {

using namespace testing;
using frames::FrameItem;

class CoverTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RealFileSystem disk;
    EpubOptions options = ProjectOptions();
    fonts_ = options.fonts;
    library_ = std::move(fonts::FontLibrary::Create()).value();
    Result<const fonts::Font*> regular = library_->Load(disk, fonts_.regular);
    Result<const fonts::Font*> italic = library_->Load(disk, fonts_.italic);
    ASSERT_TRUE(regular.ok() && italic.ok()) << "EB Garamond must be in fonts/";
    faces_ = {*regular, *italic};
  }

  std::vector<const frames::GlyphRunItem*> Runs(const frames::PageFrame& page) {
    std::vector<const frames::GlyphRunItem*> runs;
    for (const FrameItem& item : page.items) {
      if (item.kind == FrameItem::Kind::kText) runs.push_back(&item.text.runs[0]);
    }
    return runs;
  }

  FontFiles fonts_;
  std::unique_ptr<fonts::FontLibrary> library_;
  CoverFaces faces_;
  shaping::Shaper shaper_{"en-US"};
};

TEST_F(CoverTest, SetsTitleAuthorAndPublisherCentredInTheMeasure) {
  Result<frames::PageFrame> frame = CoverFrame(BookMetadata(), faces_, shaper_, "book.md");
  ASSERT_TRUE(frame.ok()) << frame.error().ToString();
  EXPECT_EQ(frame->width, 400);
  EXPECT_EQ(frame->height, 640);
  // The ground first: a stroke as thick as the page.
  ASSERT_FALSE(frame->items.empty());
  EXPECT_EQ(frame->items[0].kind, FrameItem::Kind::kRule);
  EXPECT_EQ(frame->items[0].rule.thickness, 640);

  std::vector<const frames::GlyphRunItem*> runs = Runs(*frame);
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0]->text, "Kronstadt 21");
  EXPECT_EQ(runs[1]->text, "Victor Serge");
  EXPECT_EQ(runs[2]->text, "Solidarity");
  EXPECT_EQ(faces_.ById()[runs[0]->font], faces_.regular);
  EXPECT_EQ(faces_.ById()[runs[1]->font], faces_.italic);
  for (const frames::GlyphRunItem* run : runs) {
    double width = 0;
    for (const shaping::Glyph& glyph : run->glyphs) {
      EXPECT_NE(glyph.id, 0u) << run->text;
      width += glyph.x_advance;
    }
    EXPECT_NEAR(run->x + width / 2, 200, 0.5) << run->text << " is centred";
    EXPECT_GE(run->x, 40 - 1e-6) << run->text;
  }
  EXPECT_LT(runs[0]->y, runs[1]->y);
  EXPECT_LT(runs[1]->y, runs[2]->y);
  EXPECT_LT(runs[2]->y, 640);
}

TEST_F(CoverTest, ALongTitleWrapsAndShrinksToFit) {
  model::Metadata metadata = BookMetadata();
  metadata.title = "The Extraordinarily Long and Circumstantial Title of a Counterrevolutionary Pamphlet";
  Result<frames::PageFrame> frame = CoverFrame(metadata, faces_, shaper_, "book.md");
  ASSERT_TRUE(frame.ok());
  std::vector<const frames::GlyphRunItem*> runs = Runs(*frame);
  ASSERT_GT(runs.size(), 4u);
  std::string title;
  for (size_t i = 0; i + 2 < runs.size(); ++i) {
    title += (i ? " " : "") + runs[i]->text;
    double width = 0;
    for (const shaping::Glyph& glyph : runs[i]->glyphs) width += glyph.x_advance;
    EXPECT_LE(width, 320 + 1e-6) << runs[i]->text;
    if (i > 0) {
      EXPECT_GT(runs[i]->y, runs[i - 1]->y);
    }
  }
  EXPECT_EQ(title, metadata.title);
}

TEST_F(CoverTest, ACharacterTheFontLacksIsAnErrorAtItsFrontMatterLine) {
  model::Metadata metadata = BookMetadata();
  metadata.title = "Kronstadt 克朗施塔特";
  metadata.positions["title"] = {2, 8};  // `title: Kronstadt …`: the value starts at column 8
  Result<frames::PageFrame> frame = CoverFrame(metadata, faces_, shaper_, "book.md");
  ASSERT_FALSE(frame.ok());
  EXPECT_EQ(frame.error().where.ToString(), "book.md:2:18");
  EXPECT_EQ(frame.error().kind, ErrorKind::kInput);
  EXPECT_NE(frame.error().message.find("U+514B"), std::string::npos) << frame.error().message;
  EXPECT_NE(frame.error().message.find(".otf"), std::string::npos) << frame.error().message;
}

TEST_F(CoverTest, TheImageIsAPngOfRetailSizeAndIsCached) {
  MemoryFileSystem fs;
  RealFileSystem disk;
  fs.Add(fonts_.regular, *disk.ReadFile(fonts_.regular));
  fs.Add(fonts_.italic, *disk.ReadFile(fonts_.italic));
  ContentCache cache(&fs, "/cache");
  Result<CoverImage> cover = TypographicCover(fs, BookMetadata(), "book.md", fonts_, &cache);
  ASSERT_TRUE(cover.ok()) << cover.error().ToString();
  EXPECT_EQ(cover->media_type, "image/png");
  ASSERT_GT(cover->bytes.size(), 24u);
  EXPECT_EQ(cover->bytes.substr(0, 8), "\x89PNG\r\n\x1a\n");
  auto be32 = [&](size_t at) {
    const auto* b = reinterpret_cast<const unsigned char*>(cover->bytes.data() + at);
    return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
  };
  EXPECT_EQ(be32(16), 1600);
  EXPECT_EQ(be32(20), 2560);
  size_t files = fs.files().size();
  Result<CoverImage> again = TypographicCover(fs, BookMetadata(), "book.md", fonts_, &cache);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(fs.files().size(), files);
  EXPECT_EQ(again->bytes, cover->bytes);
}

TEST(SuppliedCoverTest, ReadsPngAndJpegAndNamesAMissingFile) {
  MemoryFileSystem fs;
  fs.Add("c.png", "\x89PNG\r\n\x1a\nrest");
  fs.Add("c.jpg", "\xFF\xD8\xFF\xE0rest");
  fs.Add("c.gif", "GIF89a");
  EXPECT_EQ(SuppliedCover(fs, "c.png")->media_type, "image/png");
  EXPECT_EQ(SuppliedCover(fs, "c.jpg")->file_name, "cover.jpg");
  EXPECT_FALSE(SuppliedCover(fs, "c.gif").ok());
  Result<CoverImage> missing = SuppliedCover(fs, "covers/none.png");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().where.file, "covers/none.png");
}

TEST(CoverAltTextTest, SaysWhatTheCoverShows) {
  model::Metadata metadata = BookMetadata();
  EXPECT_EQ(CoverAltText(metadata), "Cover: Kronstadt 21, by Victor Serge. Solidarity.");
  metadata.subtitle = "The Revolt";
  metadata.creators.push_back({"Ida Mett", "", "aut"});
  metadata.creators.push_back({"Tom Turner", "", "trl"});
  EXPECT_EQ(CoverAltText(metadata),
            "Cover: Kronstadt 21: The Revolt, by Victor Serge and Ida Mett. Solidarity.");
}

}  // namespace
}  // namespace galley::epub
