// Telling an EPUB, a record and other files apart by their first bytes.
#include "proof/file_signature.h"

#include <gtest/gtest.h>

namespace galley::proof {
namespace {

TEST(FileSignatureTest, AZipArchiveIsKnownByItsSignature) {
  EXPECT_TRUE(IsZipArchive(std::string("PK\x03\x04\x14\0\0\0", 8)));
  EXPECT_TRUE(IsZipArchive("PK\x05\x06"));
  EXPECT_FALSE(IsZipArchive("# galley layout record\n"));
  EXPECT_FALSE(IsZipArchive("PK"));
}

TEST(FileSignatureTest, BinaryFormatsAreNamed) {
  EXPECT_EQ(BinaryKind("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "a PDF");
  EXPECT_EQ(BinaryKind("\x89PNG\r\n\x1a\n...."), "a PNG image");
  EXPECT_EQ(BinaryKind(std::string("\x01\x02\0\x03", 4)), "binary data");
}

TEST(FileSignatureTest, TextIsLeftToTheRecordParser) {
  EXPECT_EQ(BinaryKind("# galley layout record\n# title: T\n"), std::nullopt);
  EXPECT_EQ(BinaryKind("caf\xc3\xa9 \xff not UTF-8 but no NUL"), std::nullopt);
  EXPECT_EQ(BinaryKind(""), std::nullopt);
}

}  // namespace
}  // namespace galley::proof
