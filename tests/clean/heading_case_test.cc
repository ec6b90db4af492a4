// Headings typed in capitals set in their words' case, when the editor asks for it.
#include "clean/heading_case.h"

#include <gtest/gtest.h>

#include "clean/clean_rules.h"
#include "clean/clean_title.h"
#include "clean/test_dictionary.h"
#include "io/file_system.h"

namespace galley {
namespace {

std::string Cased(const std::string& heading, std::string_view language = "en-US",
                  Review* review = nullptr) {
  Review own;
  std::vector<Block> blocks = {{BlockKind::kHeading, 7, heading, 2, {}, {heading, {}}}};
  SetHeadingCase(language, EnglishDictionary(), &blocks, review ? review : &own);
  return blocks[0].text.text;
}

TEST(HeadingCaseTest, EnglishTitleCase) {
  EXPECT_EQ(Cased("THE SNAKE DANCE."), "The Snake Dance.");
  EXPECT_EQ(Cased("HOW A MEDICINE MAN WAS BORN, AND HOW HE TURNED MAN INTO A TREE."),
            "How a Medicine Man Was Born, and How He Turned Man into a Tree.");
  EXPECT_EQ(Cased("A CONTRIBUTION TO PASSAMAQUODDY FOLK-LORE."),
            "A Contribution to Passamaquoddy Folk-Lore.");
}

TEST(HeadingCaseTest, NamesAcronymsAndNumeralsAsTheDictionaryHasThem) {
  EXPECT_EQ(Cased("THE USSR IN CHAPTER XIV"), "The USSR in Chapter XIV");
  EXPECT_EQ(Cased("LETTERS FROM LONDON"), "Letters from London");
}

TEST(HeadingCaseTest, OtherLanguagesKeepTheDictionarysCase) {
  // Sentence case: only the first word and the words the dictionary capitalises.
  EXPECT_EQ(Cased("THE SNAKE DANCE IN LONDON", "fr"), "The snake dance in London");
}

TEST(HeadingCaseTest, OnlyHeadingsInCapitalsAndTheReviewListsEach) {
  EXPECT_EQ(Cased("The Snake DANCE"), "The Snake DANCE");
  EXPECT_EQ(Cased("II"), "II");
  Review review;
  Cased("WAR SONGS.", "en-US", &review);
  ASSERT_EQ(review.changes.size(), 1u);
  EXPECT_EQ(review.changes[0].rule, rule::kHeadingCase);
  EXPECT_EQ(review.changes[0].line, 7);
  EXPECT_EQ(review.changes[0].before, "WAR SONGS.");
  EXPECT_EQ(review.changes[0].after, "War Songs.");
}

TEST(HeadingCaseTest, OffUnlessTheEditorTurnsItOn) {
  MemoryFileSystem fs;
  fs.Add("t/source.ocr.txt", "# THE SNAKE DANCE\n\nText.\n");
  fs.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: en-US\n");
  Result<CleanResult> off = CleanTitle(fs, LocateTitle("t"));
  ASSERT_TRUE(off.ok()) << off.error().ToString();
  EXPECT_NE(off->manuscript.find("# THE SNAKE DANCE\n"), std::string::npos) << off->manuscript;
  fs.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: en-US\nrules-on: heading-case\n");
  Result<CleanResult> on = CleanTitle(fs, LocateTitle("t"));
  ASSERT_TRUE(on.ok()) << on.error().ToString();
  EXPECT_NE(on->manuscript.find("# The Snake Dance\n"), std::string::npos) << on->manuscript;
}

}  // namespace
}  // namespace galley
