#include "typography/dashes.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

std::string Dashes(std::string_view text) { return SetDashes(text).text; }
std::string Ranges(std::string_view text) { return SetRangeDashes(text).text; }

TEST(SetDashesTest, SpacedHyphenBecomesSpacedEnDash) {
  EXPECT_EQ(Dashes("his final release - and his life - to"),
            "his final release \u2013 and his life \u2013 to");
  EXPECT_EQ(Dashes("saying 'Down!' - which"), "saying 'Down!' \u2013 which");
}

TEST(SetDashesTest, DashBeforeAClosingQuoteOrAtTheEnd) {
  EXPECT_EQ(Dashes("'A general by the name of Kozlovski -'"),
            "'A general by the name of Kozlovski \u2013'");
  EXPECT_EQ(Dashes("and then -"), "and then \u2013");
  EXPECT_EQ(Dashes("- and so"), "\u2013 and so");
}

TEST(SetDashesTest, DoubleHyphensAndEmDashes) {
  EXPECT_EQ(Dashes("yes -- no"), "yes \u2013 no");
  EXPECT_EQ(Dashes("yes--no"), "yes \u2013 no");
  // A comma-dash or semicolon-dash before a word keeps its mark and takes a spaced dash.
  EXPECT_EQ(Dashes("Maine,--one at"), "Maine, \u2013 one at");
  EXPECT_EQ(Dashes("east;--and"), "east; \u2013 and");
  // A colon-dash ending a line that introduces a list or a quotation stays unspaced.
  EXPECT_EQ(Dashes("as follows:--"), "as follows:\u2013");
  EXPECT_EQ(Dashes("yes\u2014no"), "yes \u2013 no");
  EXPECT_EQ(Dashes("yes \u2014 no"), "yes \u2013 no");
}

TEST(SetDashesTest, DashAfterASentenceOrBeforeAQuoteIsSpaced) {
  // After a full stop, an exclamation or a question mark, as after a comma.
  EXPECT_EQ(Dashes("So ging der Tag hin.--Reinhard hatte"),
            "So ging der Tag hin. \u2013 Reinhard hatte");
  EXPECT_EQ(Dashes("devil!--not"), "devil! \u2013 not");
  EXPECT_EQ(Dashes("behind?--Enough"), "behind? \u2013 Enough");
  EXPECT_EQ(Dashes("me:--but"), "me: \u2013 but");
  // Before a quote or bracket that opens words, after one that closes them.
  EXPECT_EQ(Dashes("leer,--\"cut"), "leer, \u2013 \"cut");
  EXPECT_EQ(Dashes("sagte er,--\u00bbhinter"), "sagte er, \u2013 \u00bbhinter");
  EXPECT_EQ(Dashes("fol-de-rol--(hiccupping)"), "fol-de-rol \u2013 (hiccupping)");
  EXPECT_EQ(Dashes("a shillin'--I'm"), "a shillin' \u2013 I'm");
  EXPECT_EQ(Dashes("\u00bbJa!\u00ab--sagte er"), "\u00bbJa!\u00ab \u2013 sagte er");
  EXPECT_EQ(Dashes("devil!\u2014gone"), "devil! \u2013 gone");
  // A dash that breaks speech off, or opens it, stays against its quote.
  EXPECT_EQ(Dashes("drei Spinnfrauen--\u00ab [Fu"), "drei Spinnfrauen\u2013\u00ab [Fu");
  EXPECT_EQ(Dashes("or--\""), "or\u2013\"");
  EXPECT_EQ(Dashes("\"--not I"), "\"\u2013not I");
}

TEST(SetDashesTest, ARayaIsKeptWhenTheTextHasThem) {
  EXPECT_EQ(SetDashesKeepingRayas("\u2014Bien \u2014dijo\u2014. Ya").text,
            "\u2014Bien \u2014dijo\u2014. Ya");
  EXPECT_EQ(SetDashesKeepingRayas("s\u00ED--no").text, "s\u00ED \u2013 no");
  EXPECT_EQ(SetDashes("\u2014Bien").text, "\u2013Bien");
}

TEST(SetDashesTest, HyphensThatAreNotDashesStay) {
  for (const char* text : {"brother-in-law", "counter-revolution", "the -7 line", "re-",
                           "28-29", "a \u2013 b"}) {
    TextFix fix = SetDashes(text);
    EXPECT_EQ(fix.text, text);
    EXPECT_TRUE(fix.edits.empty()) << text;
  }
}

TEST(SetRangeDashesTest, DigitRanges) {
  EXPECT_EQ(Ranges("FEBRUARY 28-29, I was"), "FEBRUARY 28\u201329, I was");
  EXPECT_EQ(Ranges("the period 1880-1920 adopted"), "the period 1880\u20131920 adopted");
  EXPECT_EQ(Ranges("(pp. 3-7)"), "(pp. 3\u20137)");
}

TEST(SetRangeDashesTest, NotRanges) {
  for (const char* text : {"on 1961-11-25", "freely-10.00 elected", "A12-14", "12-a",
                           "- 6 -", "Vassili-Ostrov"}) {
    EXPECT_EQ(Ranges(text), text);
  }
}

}  // namespace
}  // namespace galley
