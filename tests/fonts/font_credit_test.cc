// A font's credit for the imprint, from the name tables of the fonts Galley ships.
#include "fonts/font_credit.h"

#include <gtest/gtest.h>

#include "io/file_system.h"
#include "support/test_paths.h"

namespace galley::fonts {
namespace {

FontCredit CreditOf(const std::string& name) {
  RealFileSystem fs;
  Result<std::string> bytes = fs.ReadFile(galley::testing::SourceDir() + "/fonts/" + name);
  EXPECT_TRUE(bytes.ok());
  return ReadFontCredit(bytes.ok() ? *bytes : std::string());
}

TEST(FontCreditTest, TheCopyrightFromTheLicenceDescriptionWithoutAddresses) {
  // EB Garamond's copyright record (ID 0) names the editor it was made with, not a copyright:
  // the notice is the licence description's first paragraph, its e-mail address left out.
  FontCredit credit = CreditOf("EBGaramond12-Regular.otf");
  EXPECT_EQ(credit.family, "EB Garamond");
  EXPECT_EQ(credit.copyright, "Copyright 2010-2013, Georg A. Duffner, 2013 Siva Kalyan");
  EXPECT_EQ(credit.licence, "SIL Open Font License, Version 1.1");
}

TEST(FontCreditTest, TheCopyrightRecordWhenItNamesOne) {
  FontCredit credit = CreditOf("CourierPrime-Regular.otf");
  EXPECT_EQ(credit.family, "Courier Prime");
  EXPECT_EQ(credit.copyright, "Copyright (c) 2015 Quote-Unquote Apps");
  EXPECT_EQ(credit.licence, "SIL Open Font License Version 1.1");  // as its record has it
}

TEST(FontCreditTest, NotAFontGivesNothing) {
  FontCredit credit = ReadFontCredit("not a font");
  EXPECT_TRUE(credit.family.empty());
  EXPECT_TRUE(credit.copyright.empty());
  EXPECT_TRUE(credit.licence.empty());
}

}  // namespace
}  // namespace galley::fonts
