#include "fonts/font_library.h"
#include "support/test_paths.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace galley::fonts {
namespace {

using ::testing::HasSubstr;

std::string FontPath(const std::string& name) {
  return galley::testing::SourceDir() + "/fonts/" + name;
}

class FontLibraryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto library = FontLibrary::Create();
    ASSERT_TRUE(library.ok()) << library.error().ToString();
    library_ = std::move(*library);
  }
  const Font& Load(const std::string& name) {
    auto font = library_->Load(fs_, FontPath(name));
    EXPECT_TRUE(font.ok()) << font.error().ToString();
    return **font;
  }
  RealFileSystem fs_;
  std::unique_ptr<FontLibrary> library_;
};

TEST_F(FontLibraryTest, ReadsNamesAndMetricsOfEbGaramond) {
  const Font& font = Load("EBGaramond12-Regular.otf");
  EXPECT_EQ(font.family(), "EB Garamond");
  EXPECT_EQ(font.style(), "Regular");
  EXPECT_EQ(font.units_per_em(), 1000);
  EXPECT_EQ(font.data().size(), 422280u);
  // OS/2 of EB Garamond 12 (0.016): typo ascender 710, descender -290, cap 650, x 400.
  EXPECT_DOUBLE_EQ(font.ascender(), 0.710);
  EXPECT_DOUBLE_EQ(font.descender(), -0.290);
  EXPECT_DOUBLE_EQ(font.cap_height(), 0.650);
  EXPECT_DOUBLE_EQ(font.x_height(), 0.400);
  EXPECT_NE(font.ft_face(), nullptr);
  EXPECT_EQ(font.ft_face()->units_per_EM, 1000);
  int x_scale = 0, y_scale = 0;
  hb_font_get_scale(font.hb_font(), &x_scale, &y_scale);
  EXPECT_EQ(x_scale, 1000);
  EXPECT_EQ(y_scale, 1000);
}

TEST_F(FontLibraryTest, ReadsTheStyleOfEachFace) {
  EXPECT_EQ(Load("EBGaramond12-Italic.otf").style(), "Italic");
  EXPECT_EQ(Load("EBGaramond12-Bold.otf").style(), "Bold");
  const Font& courier = Load("CourierPrime-Regular.otf");
  EXPECT_EQ(courier.family(), "Courier Prime");
  EXPECT_EQ(courier.units_per_em(), 2048);
}

TEST_F(FontLibraryTest, LoadsEachPathOnceWithUniqueIds) {
  const Font& regular = Load("EBGaramond12-Regular.otf");
  const Font& italic = Load("EBGaramond12-Italic.otf");
  const Font& again = Load("EBGaramond12-Regular.otf");
  EXPECT_EQ(&regular, &again);
  EXPECT_NE(regular.id(), italic.id());
  EXPECT_NE(regular.id(), 0u);
  EXPECT_NE(italic.id(), 0u);
}

TEST_F(FontLibraryTest, ReadsThroughTheGivenFileSystem) {
  // A font that exists only in memory: loading never looks anywhere but the FileSystem.
  MemoryFileSystem memory;
  memory.Add("virtual/face.otf", *fs_.ReadFile(FontPath("EBGaramond12-Italic.otf")));
  auto font = library_->Load(memory, "virtual/face.otf");
  ASSERT_TRUE(font.ok()) << font.error().ToString();
  EXPECT_EQ((*font)->path(), "virtual/face.otf");
  EXPECT_EQ((*font)->style(), "Italic");
}

TEST_F(FontLibraryTest, AnswersCodePointsAndFeatures) {
  const Font& garamond = Load("EBGaramond12-Regular.otf");
  EXPECT_TRUE(garamond.HasCodePoint(U'é'));
  EXPECT_TRUE(garamond.HasCodePoint(U'’'));
  EXPECT_FALSE(garamond.HasCodePoint(U'中'));
  for (hb_tag_t tag : {HB_TAG('s', 'm', 'c', 'p'), HB_TAG('c', '2', 's', 'c'),
                       HB_TAG('o', 'n', 'u', 'm'), HB_TAG('l', 'n', 'u', 'm'),
                       HB_TAG('l', 'i', 'g', 'a'), HB_TAG('k', 'e', 'r', 'n')}) {
    EXPECT_TRUE(garamond.HasFeature(tag)) << tag;
  }
  EXPECT_FALSE(garamond.HasFeature(HB_TAG('z', 'z', 'z', 'z')));
  // Courier Prime has neither GSUB nor GPOS.
  EXPECT_FALSE(Load("CourierPrime-Regular.otf").HasFeature(HB_TAG('k', 'e', 'r', 'n')));
}

TEST_F(FontLibraryTest, MissingFileIsAnIoErrorNamingThePath) {
  std::string path = FontPath("NoSuchFace.otf");
  auto font = library_->Load(fs_, path);
  ASSERT_FALSE(font.ok());
  EXPECT_EQ(font.error().kind, ErrorKind::kIo);
  EXPECT_EQ(font.error().where.file, path);
  EXPECT_THAT(font.error().ToString(), HasSubstr(path + ": error: font file cannot be read"));
  EXPECT_THAT(font.error().hint, HasSubstr("fonts/"));
}

TEST_F(FontLibraryTest, DirectoryIsAnIoError) {
  auto font = library_->Load(fs_, galley::testing::SourceDir() + "/fonts");
  ASSERT_FALSE(font.ok());
  EXPECT_EQ(font.error().kind, ErrorKind::kIo);
}

TEST_F(FontLibraryTest, TextFileIsNotAFont) {
  std::string path = galley::testing::TestDataDir() + "/fonts/not-a-font.otf";
  auto font = library_->Load(fs_, path);
  ASSERT_FALSE(font.ok());
  EXPECT_EQ(font.error().kind, ErrorKind::kInput);
  EXPECT_EQ(font.error().where.file, path);
  EXPECT_THAT(font.error().message, HasSubstr("is not an OpenType or TrueType font"));
}

TEST_F(FontLibraryTest, TruncatedAndEmptyFontsAreRefused) {
  MemoryFileSystem memory;
  std::string bytes = *fs_.ReadFile(FontPath("EBGaramond12-Regular.otf"));
  memory.Add("truncated.otf", bytes.substr(0, 200));
  memory.Add("empty.otf", "");
  for (const char* path : {"truncated.otf", "empty.otf"}) {
    auto font = library_->Load(memory, path);
    ASSERT_FALSE(font.ok()) << path;
    EXPECT_EQ(font.error().where.file, path);
  }
}

}  // namespace
}  // namespace galley::fonts
