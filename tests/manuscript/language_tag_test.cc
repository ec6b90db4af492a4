#include "manuscript/language_tag.h"

#include <gtest/gtest.h>

#include <string>

namespace galley::manuscript {
namespace {

TEST(LanguageTagTest, AcceptsWellFormedTagsOfKnownLanguages) {
  for (const char* tag : {"en", "en-US", "en-GB", "fr", "de-CH-1996", "zh-Hant-TW", "es-419",
                          "sr-Latn", "EN-us"}) {
    EXPECT_EQ(LanguageTagProblem(tag), "") << tag;
  }
}

TEST(LanguageTagTest, RejectsTagsThatAreNotBcp47) {
  for (const char* tag : {"en_US", "en-", "a", "en US", "-en"}) {
    EXPECT_NE(LanguageTagProblem(tag).find("not a well-formed BCP 47"), std::string::npos)
        << tag;
  }
}

TEST(LanguageTagTest, RejectsUnknownLanguages) {
  for (const char* tag : {"xx", "english", "zz-ZZ", "und", "qaa"}) {
    EXPECT_NE(LanguageTagProblem(tag).find("known ISO 639 language"), std::string::npos) << tag;
  }
}

// ICU's fixed buffer (ULOC_FULLNAME_CAPACITY, 157) once made any longer tag "not well-formed".
TEST(LanguageTagTest, AcceptsLongWellFormedTagsUpToTheLimit) {
  std::string private_use = "en-US-x";
  while (private_use.size() + 9 <= kMaxLanguageTagLength) private_use += "-abcdefgh";
  ASSERT_GT(private_use.size(), 157u);
  EXPECT_EQ(LanguageTagProblem(private_use), "") << private_use;
  // 223 characters that ICU reads as a locale of 333 ("-ca-gregory" is "calendar=gregorian").
  std::string extensions =
      "de-DE-u-co-phonebk-ca-gregory-nu-latn-cu-eur-ms-metric-hc-h23-fw-mon-lb-strict-lw-normal-"
      "ss-none-tz-deber-va-posix-kb-true-kc-false-kf-upper-kk-true-kn-true-kr-latn-ks-level3-kv-"
      "punct-t-en-h0-hybrid-x-private-subtag-another";
  EXPECT_EQ(LanguageTagProblem(extensions), "") << extensions;
  EXPECT_NE(LanguageTagProblem(private_use + "-"), "");  // still well-formed only to its end
}

TEST(LanguageTagTest, RefusesATagOverTheLimitNamingTheLimit) {
  std::string tag = "en-US-x";
  while (tag.size() <= kMaxLanguageTagLength) tag += "-abcdefgh";
  std::string problem = LanguageTagProblem(tag);
  EXPECT_NE(problem.find(std::to_string(tag.size()) + " characters long"), std::string::npos)
      << problem;
  EXPECT_NE(problem.find("at most 256"), std::string::npos) << problem;
  EXPECT_EQ(problem.find("well-formed"), std::string::npos) << problem;
}

TEST(LanguageTagTest, RejectsAnEmptyTag) { EXPECT_NE(LanguageTagProblem(""), ""); }

}  // namespace
}  // namespace galley::manuscript
