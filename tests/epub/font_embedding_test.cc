#include "epub/font_embedding.h"

#include <gtest/gtest.h>

#include "epub_test_support.h"
#include "fonts/font_library.h"

namespace galley::epub {
namespace {

using namespace testing;

// The project's fonts copied into memory, so the cache's writes stay in the test.
class FontEmbeddingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RealFileSystem disk;
    options_ = ProjectOptions();
    for (const std::string* path : {&options_.fonts.regular, &options_.fonts.italic, &options_.fonts.bold}) {
      Result<std::string> bytes = disk.ReadFile(*path);
      ASSERT_TRUE(bytes.ok()) << bytes.error().ToString();
      fs_.Add(*path, *bytes);
    }
  }

  // Loads an embedded subset back as a font.
  const fonts::Font* Load(const EmbeddedFont& font) {
    fs_.Add("/loaded/" + font.href, font.bytes);
    Result<const fonts::Font*> loaded = library_->Load(fs_, "/loaded/" + font.href);
    EXPECT_TRUE(loaded.ok()) << loaded.error().ToString();
    return loaded.ok() ? *loaded : nullptr;
  }

  MemoryFileSystem fs_;
  EpubOptions options_;
  std::unique_ptr<fonts::FontLibrary> library_ = std::move(fonts::FontLibrary::Create()).value();
};

TEST_F(FontEmbeddingTest, SubsetsHoldTheCharactersEachFaceShows) {
  TextCoverage coverage;
  coverage.Add(Face{}, "Kronstadt – “émigré” 1921");
  coverage.Add(Face{true, false}, "Ωmega");
  ContentCache no_cache(&fs_, "");
  Result<std::vector<EmbeddedFont>> fonts = EmbedFonts(fs_, options_.fonts, coverage, &no_cache);
  ASSERT_TRUE(fonts.ok()) << fonts.error().ToString();
  ASSERT_EQ(fonts->size(), 2u) << "no bold without strong text";
  EXPECT_EQ((*fonts)[0].href, "fonts/EBGaramond12-Regular.otf");
  EXPECT_EQ((*fonts)[0].media_type, "font/otf");
  EXPECT_TRUE((*fonts)[1].italic);

  const fonts::Font* regular = Load((*fonts)[0]);
  const fonts::Font* italic = Load((*fonts)[1]);
  ASSERT_TRUE(regular && italic);
  for (char32_t c : {U'K', U'–', U'“', U'”', U'é', U'1', U'\u00A0', U'~'}) {
    EXPECT_TRUE(regular->HasCodePoint(c)) << "U+" << std::hex << static_cast<unsigned>(c);
  }
  EXPECT_FALSE(regular->HasCodePoint(U'Ω')) << "only the italic shows Ω";
  EXPECT_TRUE(italic->HasCodePoint(U'Ω'));
  EXPECT_FALSE(italic->HasCodePoint(U'é'));
  // Small capitals and old-style figures survive subsetting.
  EXPECT_TRUE(regular->HasFeature(HB_TAG('s', 'm', 'c', 'p')));
  EXPECT_TRUE(regular->HasFeature(HB_TAG('c', '2', 's', 'c')));
  // A subset is a fraction of the face.
  EXPECT_LT((*fonts)[0].bytes.size(), fs_.files().at(options_.fonts.regular).size() / 4);
}

TEST_F(FontEmbeddingTest, BoldOnlyWhenStrongTextIsThere) {
  TextCoverage coverage;
  coverage.Add(Face{false, true}, "very");
  ContentCache no_cache(&fs_, "");
  Result<std::vector<EmbeddedFont>> fonts = EmbedFonts(fs_, options_.fonts, coverage, &no_cache);
  ASSERT_TRUE(fonts.ok());
  ASSERT_EQ(fonts->size(), 3u);
  EXPECT_TRUE((*fonts)[2].bold);
  EXPECT_EQ((*fonts)[2].href, "fonts/EBGaramond12-Bold.otf");
}

TEST_F(FontEmbeddingTest, MissingFontNamesTheFile) {
  options_.fonts.italic = "fonts/Missing-Italic.otf";
  ContentCache no_cache(&fs_, "");
  Result<std::vector<EmbeddedFont>> fonts = EmbedFonts(fs_, options_.fonts, TextCoverage(), &no_cache);
  ASSERT_FALSE(fonts.ok());
  EXPECT_EQ(fonts.error().where.file, "fonts/Missing-Italic.otf");
  EXPECT_NE(fonts.error().message.find("missing"), std::string::npos);
}

TEST_F(FontEmbeddingTest, CachedSubsetsAreTheSameBytes) {
  TextCoverage coverage;
  coverage.Add(Face{}, "Kronstadt");
  ContentCache cache(&fs_, "/cache");
  Result<std::vector<EmbeddedFont>> first = EmbedFonts(fs_, options_.fonts, coverage, &cache);
  ASSERT_TRUE(first.ok());
  size_t files = fs_.files().size();
  Result<std::vector<EmbeddedFont>> second = EmbedFonts(fs_, options_.fonts, coverage, &cache);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(fs_.files().size(), files) << "the second run adds no cache entries";
  EXPECT_EQ((*first)[0].bytes, (*second)[0].bytes);

  // A damaged entry is a miss: the subset is made again, identical.
  for (const auto& [path, bytes] : fs_.files()) {
    if (path.starts_with("/cache/")) fs_.Add(path, bytes.substr(0, bytes.size() / 2));
  }
  Result<std::vector<EmbeddedFont>> third = EmbedFonts(fs_, options_.fonts, coverage, &cache);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ((*first)[0].bytes, (*third)[0].bytes);
  EXPECT_EQ((*first)[1].bytes, (*third)[1].bytes);
}

}  // namespace
}  // namespace galley::epub
