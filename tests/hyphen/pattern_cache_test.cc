// Compiled patterns kept between runs: written once, read back with the same breaks, and
// rebuilt whenever the entry does not check out (damaged, truncated, for other bytes).
#include "hyphen/pattern_cache.h"

#include <gtest/gtest.h>

#include <vector>

#include "hyphen/hyphenated_word.h"
#include "hyphen/hyphenator.h"

namespace galley::hyphen {
namespace {

std::string Read(const std::string& path) {
  RealFileSystem fs;
  Result<std::string> bytes = fs.ReadFile(path);
  EXPECT_TRUE(bytes.ok()) << bytes.error().ToString();
  return bytes.ok() ? *bytes : std::string();
}

// The German patterns as Debian installs them: large, ISO8859-1, with a second level.
const char kGerman[] = "/usr/share/hyphen/hyph_de_DE.dic";
const char kEnglish[] = "/usr/share/hyphen/hyph_en_US.dic";

std::vector<std::string> GermanWords(const PatternSource& source) {
  auto hyphenator = Hyphenator::FromFile(kGerman, {}, source);
  EXPECT_TRUE(hyphenator.ok()) << hyphenator.error().ToString();
  std::vector<std::string> out;
  if (!hyphenator.ok()) return out;
  for (const char* word : {"Silbentrennung", "Verwandlung", "Donaudampfschiff", "Schönheit",
                           "Großstadt", "Käfer", "Untersuchung", "Schlafzimmer"}) {
    out.push_back(Hyphenated(**hyphenator, word));
  }
  return out;
}

class PatternCacheTest : public ::testing::Test {
 protected:
  PatternCacheTest() {
    cached_.cache_dir = "/cache";
    cached_.cache_files = &fs_;
  }
  PatternCacheStats Load(const std::string& bytes) {
    PatternCacheStats stats;
    Result<HyphenDictPtr> dict = LoadCompiledPatterns(bytes, "hyph.dic", fs_, "/cache", &stats);
    EXPECT_TRUE(dict.ok()) << dict.error().ToString();
    return stats;
  }

  MemoryFileSystem fs_;
  PatternSource cached_;
};

TEST_F(PatternCacheTest, AnEntryIsWrittenOnceAndReadBackWithTheSameBreaks) {
  std::string bytes = Read(kGerman);
  PatternCacheStats first = Load(bytes);
  EXPECT_FALSE(first.hit);
  EXPECT_TRUE(first.written);
  EXPECT_TRUE(fs_.Exists(PatternCacheEntry(bytes, "/cache")));
  PatternCacheStats second = Load(bytes);
  EXPECT_TRUE(second.hit);
  EXPECT_FALSE(second.written);

  std::vector<std::string> compiled = GermanWords({});
  ASSERT_FALSE(compiled.empty());
  EXPECT_EQ(compiled[0], "Sil-ben-tren-nung");
  EXPECT_EQ(GermanWords(cached_), compiled);  // written
  EXPECT_EQ(GermanWords(cached_), compiled);  // read back
}

// English patterns here: small enough to compile again for every damage tried.
TEST_F(PatternCacheTest, ADamagedOrTruncatedEntryIsRebuilt) {
  std::string bytes = Read(kEnglish);
  Load(bytes);
  const std::string entry = PatternCacheEntry(bytes, "/cache");
  const std::string good = fs_.files().at(entry);

  for (size_t at : {size_t{3}, size_t{20}, size_t{30}, good.size() / 2, good.size() - 1}) {
    std::string damaged = good;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    fs_.Add(entry, damaged);
    PatternCacheStats stats = Load(bytes);
    EXPECT_FALSE(stats.hit) << "byte " << at;
    EXPECT_TRUE(stats.written) << "byte " << at;
    EXPECT_TRUE(fs_.files().at(entry) == good) << "byte " << at;
  }
  fs_.Add(entry, good.substr(0, good.size() / 3));
  EXPECT_FALSE(Load(bytes).hit);
  fs_.Add(entry, "");
  EXPECT_FALSE(Load(bytes).hit);
  EXPECT_TRUE(fs_.files().at(entry) == good);
  EXPECT_TRUE(Load(bytes).hit);
}

// An entry made from other patterns (a stale copy, or a name collision) is never used.
TEST_F(PatternCacheTest, AnEntryForOtherPatternsIsNotUsed) {
  std::string american = Read(kEnglish);
  std::string british = Read("/usr/share/hyphen/hyph_en_GB.dic");
  Load(american);
  std::string american_entry = fs_.files().at(PatternCacheEntry(american, "/cache"));
  fs_.Add(PatternCacheEntry(british, "/cache"), american_entry);
  PatternCacheStats stats = Load(british);
  EXPECT_FALSE(stats.hit);
  EXPECT_TRUE(stats.written);
  EXPECT_FALSE(fs_.files().at(PatternCacheEntry(british, "/cache")) == american_entry);
}

TEST(CompiledPatternsTest, BytesThatAreNotASerializationAreRefused) {
  EXPECT_FALSE(DeserializePatterns("").has_value());
  EXPECT_FALSE(DeserializePatterns("GHYP0001").has_value());
  EXPECT_FALSE(DeserializePatterns(std::string(1000, '\x7f')).has_value());
  Result<HyphenDictPtr> dict = CompilePatterns("UTF-8\nLEFTHYPHENMIN 1\n1b1\n", "t.dic");
  ASSERT_TRUE(dict.ok()) << dict.error().ToString();
  std::string bytes = SerializePatterns(**dict);
  EXPECT_TRUE(DeserializePatterns(bytes).has_value());
  EXPECT_FALSE(DeserializePatterns(bytes + "x").has_value());
  EXPECT_FALSE(DeserializePatterns(bytes.substr(0, bytes.size() - 1)).has_value());
}

// A cache that cannot be written costs time only.
TEST(PatternCacheWriteTest, AnUnwritableCacheStillGivesThePatterns) {
  PatternSource source;
  source.cache_dir = "/proc/no-such-folder/galley";
  auto hyphenator = Hyphenator::FromFile(kGerman, {}, source);
  ASSERT_TRUE(hyphenator.ok()) << hyphenator.error().ToString();
  EXPECT_EQ(Hyphenated(**hyphenator, "Verwandlung"), "Ver-wand-lung");
}

}  // namespace
}  // namespace galley::hyphen
