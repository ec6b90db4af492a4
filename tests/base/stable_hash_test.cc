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
