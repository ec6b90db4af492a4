#include "shaping/word_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "fonts/font_library.h"
#include "support/test_paths.h"

// Counts every allocation in this test program, so a test can assert that a cache hit makes
// none (the point of the heterogeneous lookup).
namespace {
std::atomic<long> allocations{0};
}  // namespace

void* operator new(std::size_t size) {
  ++allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace galley::shaping {
namespace {

class WordShapeCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    library_ = fonts::FontLibrary::Create().value();
    std::string dir = galley::testing::SourceDir() + "/fonts/";
    regular_ = library_->Load(fs_, dir + "EBGaramond12-Regular.otf").value();
    italic_ = library_->Load(fs_, dir + "EBGaramond12-Italic.otf").value();
  }
  static void ExpectSameRun(const ShapedRun& a, const ShapedRun& b) {
    ASSERT_EQ(a.glyphs.size(), b.glyphs.size());
    for (size_t i = 0; i < a.glyphs.size(); ++i) {
      EXPECT_EQ(a.glyphs[i].id, b.glyphs[i].id);
      EXPECT_EQ(a.glyphs[i].x_advance, b.glyphs[i].x_advance);
      EXPECT_EQ(a.glyphs[i].x_offset, b.glyphs[i].x_offset);
      EXPECT_EQ(a.glyphs[i].y_offset, b.glyphs[i].y_offset);
      EXPECT_EQ(a.glyphs[i].cluster, b.glyphs[i].cluster);
    }
    EXPECT_EQ(a.width, b.width);
    EXPECT_EQ(a.has_notdef, b.has_notdef);
  }
  RealFileSystem fs_;
  std::unique_ptr<fonts::FontLibrary> library_;
  const fonts::Font* regular_ = nullptr;
  const fonts::Font* italic_ = nullptr;
  Shaper shaper_{"en"};
  FeatureSet plain_;
};

TEST_F(WordShapeCacheTest, HitReturnsTheSameRunAsShaping) {
  WordShapeCache cache(shaper_);
  const ShapedRun& first = cache.Shape(*regular_, 10, plain_, "sailors");
  EXPECT_EQ(cache.misses(), 1u);
  EXPECT_EQ(cache.hits(), 0u);
  std::string word = "sailors";  // a different buffer with the same text
  const ShapedRun& second = cache.Shape(*regular_, 10, plain_, word);
  EXPECT_EQ(cache.hits(), 1u);
  EXPECT_EQ(&first, &second);
  ExpectSameRun(second, shaper_.Shape(*regular_, 10, plain_, "sailors"));
}

TEST_F(WordShapeCacheTest, HitAllocatesNothing) {
  WordShapeCache cache(shaper_);
  // Longer than std::string's inline buffer, so building a key string would allocate.
  std::string_view word = "counter-revolutionaries";
  cache.Shape(*regular_, 10, plain_, word);
  long before = allocations.load();
  const ShapedRun& run = cache.Shape(*regular_, 10, plain_, word);
  EXPECT_EQ(allocations.load(), before);
  EXPECT_EQ(cache.hits(), 1u);
  EXPECT_FALSE(run.glyphs.empty());
  // A miss does allocate (the key and the run): the counter sees allocations at all.
  cache.Shape(*regular_, 10, plain_, "anti-Bolshevik-sailors");
  EXPECT_GT(allocations.load(), before);
}

TEST_F(WordShapeCacheTest, KeyIncludesFontSizeAndFeatures) {
  WordShapeCache cache(shaper_);
  FeatureSet small_caps = plain_;
  small_caps.small_caps = true;
  const ShapedRun& base = cache.Shape(*regular_, 10, plain_, "office");
  const ShapedRun& other_font = cache.Shape(*italic_, 10, plain_, "office");
  const ShapedRun& other_size = cache.Shape(*regular_, 10.5, plain_, "office");
  const ShapedRun& other_features = cache.Shape(*regular_, 10, small_caps, "office");
  EXPECT_EQ(cache.misses(), 4u);
  EXPECT_EQ(cache.hits(), 0u);
  EXPECT_NE(base.glyphs.size(), other_font.glyphs.size());  // the italic's ffi ligature
  EXPECT_NEAR(other_size.width, base.width * 1.05, 1e-9);
  EXPECT_NE(base.glyphs[0].id, other_features.glyphs[0].id);
  ExpectSameRun(other_size, shaper_.Shape(*regular_, 10.5, plain_, "office"));
}

TEST_F(WordShapeCacheTest, ReferencesSurviveGrowth) {
  WordShapeCache cache(shaper_);
  const ShapedRun& kept = cache.Shape(*regular_, 10, plain_, "Kronstadt");
  ShapedRun copy = kept;
  for (int i = 0; i < 2000; ++i) {
    std::string word = "w";
    word.append(std::to_string(i));  // not `"w" + …`: GCC 12 warns falsely (-Wrestrict)
    cache.Shape(*regular_, 10, plain_, word);
  }
  ExpectSameRun(kept, copy);
  EXPECT_EQ(cache.misses(), 2001u);
}

TEST_F(WordShapeCacheTest, EmptyWordIsAnEmptyRun) {
  WordShapeCache cache(shaper_);
  const ShapedRun& run = cache.Shape(*regular_, 10, plain_, "");
  EXPECT_TRUE(run.glyphs.empty());
  EXPECT_EQ(run.width, 0);
}

}  // namespace
}  // namespace galley::shaping
