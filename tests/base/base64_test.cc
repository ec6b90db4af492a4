#include "base/base64.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

// RFC 4648 §10's test vectors.
TEST(Base64Test, EncodesTheRfcVectors) {
  EXPECT_EQ(EncodeBase64(""), "");
  EXPECT_EQ(EncodeBase64("f"), "Zg==");
  EXPECT_EQ(EncodeBase64("fo"), "Zm8=");
  EXPECT_EQ(EncodeBase64("foo"), "Zm9v");
  EXPECT_EQ(EncodeBase64("foob"), "Zm9vYg==");
  EXPECT_EQ(EncodeBase64("fooba"), "Zm9vYmE=");
  EXPECT_EQ(EncodeBase64("foobar"), "Zm9vYmFy");
}

TEST(Base64Test, EncodesEveryByteValue) {
  EXPECT_EQ(EncodeBase64(std::string("\x00\xff\xfe", 3)), "AP/+");
}

}  // namespace
}  // namespace galley
