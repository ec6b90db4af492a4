#include "epub/content_cache.h"

#include <gtest/gtest.h>

namespace galley::epub {
namespace {

TEST(ContentCacheTest, StoresAndReturnsBytes) {
  MemoryFileSystem fs;
  ContentCache cache(&fs, "/cache");
  std::string key = ContentCache::Key({"subset 1", "font bytes", "code points"});
  EXPECT_FALSE(cache.Get(key, "otf").has_value());
  cache.Put(key, "otf", std::string("binary\0data\n", 12));
  std::optional<std::string> got = cache.Get(key, "otf");
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(*got, std::string("binary\0data\n", 12));
  EXPECT_TRUE(fs.Exists("/cache/" + key + ".otf"));
}

TEST(ContentCacheTest, DisabledWithoutADirectory) {
  MemoryFileSystem fs;
  ContentCache cache(&fs, "");
  cache.Put("k", "png", "x");
  EXPECT_TRUE(fs.files().empty());
  EXPECT_FALSE(cache.Get("k", "png").has_value());
}

TEST(ContentCacheTest, ADamagedEntryIsAMiss) {
  MemoryFileSystem fs;
  ContentCache cache(&fs, "/cache/");
  cache.Put("k", "png", "the cover's bytes");
  std::string entry = fs.files().at("/cache/k.png");
  fs.Add("/cache/k.png", entry.substr(0, entry.size() - 1));
  EXPECT_FALSE(cache.Get("k", "png").has_value());
  fs.Add("/cache/k.png", "no header at all");
  EXPECT_FALSE(cache.Get("k", "png").has_value());
}

TEST(ContentCacheTest, KeysDependOnEveryPartAndWhereItEnds) {
  EXPECT_EQ(ContentCache::Key({"a", "b"}), ContentCache::Key({"a", "b"}));
  EXPECT_NE(ContentCache::Key({"ab", "c"}), ContentCache::Key({"a", "bc"}));
  EXPECT_NE(ContentCache::Key({"a"}), ContentCache::Key({"a", ""}));
  EXPECT_EQ(ContentCache::Key({"a"}).size(), 32u);
  std::string key = ContentCache::Key({"a", "b"});
  EXPECT_NE(key.substr(0, 16), key.substr(16)) << "two independent 64-bit halves";
}

}  // namespace
}  // namespace galley::epub
