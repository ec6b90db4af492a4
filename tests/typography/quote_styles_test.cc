// Quote education per language (typography/quotes.h): the same pairing, each language's marks.
#include <gtest/gtest.h>

#include "typography/quotes.h"

namespace galley {
namespace {

std::string Curl(std::string_view text, std::string_view style) {
  return CurlQuotesInStyle(text, *FindQuoteStyle(style)).text;
}

TEST(QuoteStylesTest, GermanLowAndHighQuotesAndTheApostropheStays) {
  EXPECT_EQ(Curl("Er sagte: \"Geh'n wir 'heim'.\"", "german"),
            "Er sagte: \u201EGeh\u2019n wir \u201Aheim\u2018.\u201C");
}

TEST(QuoteStylesTest, AnElisionAtAWordsEndIsAnApostropheNotAClosingQuote) {
  EXPECT_EQ(Curl("sagte: \"Mach' dort zu,\" und", "german"),
            "sagte: \u201EMach\u2019 dort zu,\u201C und");
  EXPECT_EQ(Curl("un po' di pane", "guillemets"), "un po\u2019 di pane");
}

TEST(QuoteStylesTest, GermanGuillemetsPointInwards) {
  EXPECT_EQ(Curl("\"Ja\", sagte sie, \"'nein'.\"", "german-guillemets"),
            "\u00BBJa\u00AB, sagte sie, \u00BB\u203Anein\u2039.\u00AB");
}

TEST(QuoteStylesTest, FrenchGuillemetsTakeANarrowNoBreakSpaceInside) {
  // Typed without spaces, with spaces, and with a no-break space: the same marks.
  const std::string expected = "Il dit\u00A0: \u00AB\u202Fl\u2019ordre\u202F\u00BB.";
  EXPECT_EQ(Curl("Il dit\u00A0: \"l'ordre\".", "french"), expected);
  EXPECT_EQ(Curl("Il dit\u00A0: \" l'ordre \".", "french"), expected);
  EXPECT_EQ(Curl("Il dit\u00A0: \"\u00A0l'ordre\u00A0\".", "french"), expected);
  EXPECT_TRUE(CurlQuotesInStyle("Il dit : \" l'ordre \".", *FindQuoteStyle("french")).doubts.empty());
}

TEST(QuoteStylesTest, FrenchSpacesGuillemetsTheSourceAlreadyHas) {
  EXPECT_EQ(Curl("un \u00AB ami de l\u2019ordre \u00BB et \u00ABrien\u00BB", "french"),
            "un \u00AB\u202Fami de l\u2019ordre\u202F\u00BB et \u00AB\u202Frien\u202F\u00BB");
  // Already right: no edit.
  EXPECT_TRUE(CurlQuotesInStyle("\u00AB\u202Fami\u202F\u00BB", *FindQuoteStyle("french")).edits.empty());
}

TEST(QuoteStylesTest, FrenchInnerQuotesAreCurlyWithoutSpaces) {
  EXPECT_EQ(Curl("\"Il a dit 'non'.\"", "french"),
            "\u00AB\u202FIl a dit \u201Cnon\u201D.\u202F\u00BB");
}

TEST(QuoteStylesTest, PlainGuillemetsForSpanishAndItalian) {
  EXPECT_EQ(Curl("Dijo: \"Vamos\".", "guillemets"), "Dijo: \u00ABVamos\u00BB.");
}

TEST(QuoteStylesTest, NeverChangesALetter) {
  std::string text = "\"Geh'n\" 'wir' \"l'ami\" \u00ABx\u00BB";
  for (const QuoteStyle& style : QuoteStyles()) {
    TextFix fix = CurlQuotesInStyle(text, style);
    for (const TextEdit& edit : fix.edits) {
      std::string_view old = std::string_view(text).substr(edit.offset, edit.length);
      EXPECT_TRUE(old == "\"" || old == "'" || old == " " || old == "\u00AB" || old == "\u00BB")
          << style.name << ": " << old;
    }
  }
}

TEST(QuoteStylesTest, EnglishIsTheDefaultAndUnchanged) {
  EXPECT_EQ(&QuoteStyleForLanguage("en-US"), FindQuoteStyle("english"));
  EXPECT_EQ(CurlQuotes("\"Yes,\" I said").text, Curl("\"Yes,\" I said", "english"));
  EXPECT_EQ(Curl("\"Yes,\" I said", "english"), "\u201CYes,\u201D I said");
}

TEST(QuoteStylesTest, TheLanguageChoosesTheStyle) {
  EXPECT_EQ(QuoteStyleForLanguage("de").name, "german");
  EXPECT_EQ(QuoteStyleForLanguage("de-DE").name, "german");
  EXPECT_EQ(QuoteStyleForLanguage("de-CH").name, "guillemets");
  EXPECT_EQ(QuoteStyleForLanguage("FR").name, "french");
  EXPECT_EQ(QuoteStyleForLanguage("it").name, "guillemets");
  EXPECT_EQ(QuoteStyleForLanguage("es-MX").name, "guillemets");
  EXPECT_EQ(QuoteStyleForLanguage("nl").name, "english");
  EXPECT_EQ(FindQuoteStyle("klingon"), nullptr);
}

}  // namespace
}  // namespace galley
