// The Flate filter the incremental update rewrites content streams with: what it encodes at
// any level decodes to the same bytes, and the level is the one asked for.
#include "render/pdf_flate.h"

#include <gtest/gtest.h>

#include <string>

namespace galley::render {
namespace {

// Something like a page of Cairo's: text objects with glyph strings and positions.
std::string PageLikeContent() {
  std::string content;
  for (int line = 0; line < 400; ++line) {
    content += "BT\n/f-0-0 1 Tf\n10 0 0 -10 56.69 " + std::to_string(100 + 13 * line) +
               " Tm\n[(Kronstadt)-" + std::to_string(line % 7) + "(sailors)" +
               std::to_string(line % 13) + "(and the Soviet)]TJ\nET\n";
  }
  return content;
}

TEST(PdfFlateTest, EveryLevelDecodesToTheSameBytes) {
  const std::string content = PageLikeContent();
  for (int level : {1, 3, 6, 9}) {
    SCOPED_TRACE(level);
    Result<std::string> decoded = FlateDecode(FlateEncode(content, level));
    ASSERT_TRUE(decoded.ok()) << decoded.error().ToString();
    EXPECT_EQ(*decoded, content);
  }
}

TEST(PdfFlateTest, TheLevelIsTheOneAskedFor) {
  const std::string content = PageLikeContent();
  EXPECT_EQ(FlateEncode(content), FlateEncode(content, 6));  // zlib's default
  EXPECT_GT(FlateEncode(content, 1).size(), FlateEncode(content, 9).size());
}

}  // namespace
}  // namespace galley::render
