#include "base/stable_hash.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

TEST(StableHashTest, Fnv1aKnownValues) {
  // Reference values from the FNV authors' test suite.
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ULL);
}

TEST(StableHashTest, UuidIsStableAndWellFormed) {
  std::string a = NameBasedUuid({"Kronstadt 21", "Victor Serge"});
  EXPECT_EQ(a, NameBasedUuid({"Kronstadt 21", "Victor Serge"}));
  EXPECT_NE(a, NameBasedUuid({"Kronstadt 2", "1Victor Serge"}));
  ASSERT_EQ(a.size(), 36u);
  EXPECT_EQ(a[14], '8');                              // version
  EXPECT_NE(std::string("89ab").find(a[19]), std::string::npos);  // variant
}

}  // namespace
}  // namespace galley

namespace galley {
namespace {

TEST(StableHashTest, Hash128LanesAreFnv1aWithTheirOffsets) {
  // The low lane is plain FNV-1a 64; the high lane is FNV-1a from another offset.
  EXPECT_EQ(Fnv1a128("foobar").low, Fnv1a64("foobar"));
  EXPECT_EQ(Fnv1a128("foobar").high, Fnv1a64("foobar", 0x84222325cbf29ce4ULL));
  EXPECT_NE(Fnv1a128("foobar"), Fnv1a128("foobaz"));
  Hash128 chained = Fnv1a128("bar", Fnv1a128("foo"));
  EXPECT_EQ(chained, Fnv1a128("foobar"));
}

}  // namespace
}  // namespace galley

namespace galley {
namespace {

TEST(StableHashTest, WordHash128IsPinned) {
  // Cache keys name files on disk: the values must not change between builds or machines.
  EXPECT_EQ(WordHash128("").high, 0xcc60cb0f8bde2980ULL);
  EXPECT_EQ(WordHash128("").low, 0xd60441e02e859a6bULL);
  EXPECT_EQ(WordHash128("Kronstadt was the vanguard of the revolution.").high, 0x0a4fb25a266594c1ULL);
  EXPECT_EQ(WordHash128("Kronstadt was the vanguard of the revolution.").low, 0xf5a68f5d268d6987ULL);
}

TEST(StableHashTest, WordHash128SeesEveryBitAndTheLength) {
  std::string text(100, '\0');
  for (size_t i = 0; i < text.size(); ++i) text[i] = static_cast<char>(i * 37 + 11);
  Hash128 base = WordHash128(text);
  for (size_t byte = 0; byte < text.size(); ++byte) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string flipped = text;
      flipped[byte] = static_cast<char>(flipped[byte] ^ (1 << bit));
      Hash128 other = WordHash128(flipped);
      EXPECT_NE(other.high, base.high) << byte << ":" << bit;
      EXPECT_NE(other.low, base.low) << byte << ":" << bit;
    }
  }
  // Zeros added at the end, at and around the 16-byte steps, change it too.
  std::string zeros;
  Hash128 previous = WordHash128(zeros);
  for (int length = 1; length <= 40; ++length) {
    zeros.push_back('\0');
    Hash128 next = WordHash128(zeros);
    EXPECT_NE(next, previous) << length;
    previous = next;
  }
  EXPECT_NE(WordHash128("bar", WordHash128("foo")), WordHash128("bar"));
}

}  // namespace
}  // namespace galley
