#include "manuscript/language_tag.h"

#include <gtest/gtest.h>

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

TEST(LanguageTagTest, RejectsAnEmptyTag) { EXPECT_NE(LanguageTagProblem(""), ""); }

}  // namespace
}  // namespace galley::manuscript
