// Finding a structure element's kids in its /K value, as Cairo 1.16 writes it.
#include "render/span_languages.h"

#include <gtest/gtest.h>

namespace galley::render {
namespace {

TEST(SpanLanguagesTest, KidsAreTheReferencesOutsideMarkedContentDictionaries) {
  EXPECT_EQ(KidReferences("12 0 R"), (std::vector<PdfReference>{{12, 0}}));
  EXPECT_EQ(KidReferences("[ 12 0 R 14 0 R ]"), (std::vector<PdfReference>{{12, 0}, {14, 0}}));
  EXPECT_TRUE(KidReferences("0").empty());
  EXPECT_TRUE(KidReferences("[ 0 1 2 ]").empty());
  // A marked-content reference's /Pg is the page, not a kid; MCIDs before a kid are no part of it.
  EXPECT_EQ(KidReferences("[ << /Type /MCR /Pg 3 0 R /MCID 1 >> 7 15 0 R ]"),
            (std::vector<PdfReference>{{15, 0}}));
}

}  // namespace
}  // namespace galley::render
