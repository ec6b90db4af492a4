#include "typography/quotes.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

std::string Curl(std::string_view text) { return CurlQuotes(text).text; }

bool HasDoubt(const TextFix& fix, std::string_view words) {
  for (const TextDoubt& doubt : fix.doubts) {
    if (doubt.message.find(words) != std::string::npos) return true;
  }
  return false;
}

TEST(CurlQuotesTest, OpensAndClosesSingleQuotes) {
  EXPECT_EQ(Curl("I protested: 'One can get out of a party'."),
            "I protested: \u2018One can get out of a party\u2019.");
  EXPECT_EQ(Curl("'Well,' I said, 'we must.'"), "\u2018Well,\u2019 I said, \u2018we must.\u2019");
  EXPECT_EQ(Curl("the system ('War Communism'), and"),
            "the system (\u2018War Communism\u2019), and");
}

TEST(CurlQuotesTest, ApostropheInsideAWord) {
  EXPECT_EQ(Curl("I've told you"), "I\u2019ve told you");
  EXPECT_EQ(Curl("WE'LL BE OUR OWN THERMIDOR"), "WE\u2019LL BE OUR OWN THERMIDOR");
  EXPECT_EQ(Curl("Zinoviev's brother-in-law"), "Zinoviev\u2019s brother-in-law");
  EXPECT_TRUE(CurlQuotes("I've").doubts.empty());
}

TEST(CurlQuotesTest, PluralPossessiveOutsideQuotes) {
  EXPECT_EQ(Curl("the French workers' movement."), "the French workers\u2019 movement.");
  EXPECT_EQ(Curl("in a few weeks' time"), "in a few weeks\u2019 time");
  EXPECT_TRUE(CurlQuotes("in a few weeks' time").doubts.empty());
}

TEST(CurlQuotesTest, PluralPossessiveInsideAQuotation) {
  EXPECT_EQ(Curl("The 'Workers' Opposition' seemed"),
            "The \u2018Workers\u2019 Opposition\u2019 seemed");
  EXPECT_EQ(Curl("'yours and the others' too. They'll steal it.'"),
            "\u2018yours and the others\u2019 too. They\u2019ll steal it.\u2019");
  TextFix fix = CurlQuotes("both 'a dictatorship' and 'the broadest workers' democracy'.");
  EXPECT_EQ(fix.text, "both \u2018a dictatorship\u2019 and \u2018the broadest workers\u2019 "
                      "democracy\u2019.");
  EXPECT_TRUE(fix.doubts.empty());
}

TEST(CurlQuotesTest, QuotationEndingInSClosesWhenNothingFollows) {
  // "expropriators'" ends the quotation: the next single quote opens a new one.
  EXPECT_EQ(Curl("'the expropriators' and 'the workers'"),
            "\u2018the expropriators\u2019 and \u2018the workers\u2019");
  EXPECT_EQ(Curl("'apart from the people themselves'? - a State"),
            "\u2018apart from the people themselves\u2019? - a State");
}

TEST(CurlQuotesTest, LeadingElisionsTakeAnApostrophe) {
  EXPECT_EQ(Curl("'tis the season of the '90s"), "\u2019tis the season of the \u201990s");
}

TEST(CurlQuotesTest, ClosingAfterADash) {
  EXPECT_EQ(Curl("'A general by the name of Kozlovski -'"),
            "\u2018A general by the name of Kozlovski -\u2019");
}

TEST(CurlQuotesTest, DoubleQuotes) {
  EXPECT_EQ(Curl("He said \"yes\" and 'I heard \"no\"'."),
            "He said \u201Cyes\u201D and \u2018I heard \u201Cno\u201D\u2019.");
}

TEST(CurlQuotesTest, QuotesAlreadyCurlyArePairedButNotChanged) {
  TextFix fix = CurlQuotes("\u2018Workers' Opposition\u2019");
  EXPECT_EQ(fix.text, "\u2018Workers\u2019 Opposition\u2019");
  EXPECT_TRUE(fix.doubts.empty());
}

TEST(CurlQuotesTest, EditsNameEachReplacedByte) {
  TextFix fix = CurlQuotes("a 'b' c");
  ASSERT_EQ(fix.edits.size(), 2u);
  EXPECT_EQ(fix.edits[0].offset, 2u);
  EXPECT_EQ(fix.edits[0].length, 1u);
  EXPECT_EQ(fix.edits[0].replacement, "\u2018");
  EXPECT_EQ(fix.edits[1].offset, 4u);
}

TEST(CurlQuotesTest, UnbalancedQuotesAreDoubts) {
  TextFix unclosed = CurlQuotes("'What Whites? I can't believe it!?");
  ASSERT_EQ(unclosed.doubts.size(), 1u);
  EXPECT_EQ(unclosed.doubts[0].offset, 0u);
  EXPECT_NE(unclosed.doubts[0].message.find("never closed"), std::string::npos);

  TextFix mismatched = CurlQuotes("'Soviets without Communists!\" If");
  EXPECT_EQ(mismatched.text, "\u2018Soviets without Communists!\u201D If");
  EXPECT_TRUE(HasDoubt(mismatched, "other kind"));
  EXPECT_TRUE(HasDoubt(mismatched, "never closed"));

  TextFix stray = CurlQuotes("REPRINTED FROM 'SOLIDARITY ' vol. I");
  EXPECT_FALSE(stray.doubts.empty());

  TextFix lonely = CurlQuotes("to the cost.') Our");
  ASSERT_EQ(lonely.doubts.size(), 1u);
  EXPECT_NE(lonely.doubts[0].message.find("no opening"), std::string::npos);
}

TEST(CurlQuotesTest, TextWithoutQuotesIsUntouched) {
  TextFix fix = CurlQuotes("No quotes here \u2013 none.");
  EXPECT_EQ(fix.text, "No quotes here \u2013 none.");
  EXPECT_TRUE(fix.edits.empty());
  EXPECT_TRUE(fix.doubts.empty());
}

}  // namespace
}  // namespace galley
