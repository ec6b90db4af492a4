#include "typography/dialogue_dashes.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

std::string Rayas(std::string_view text) { return SetDialogueDashes(text).text; }

TEST(SetDialogueDashesTest, ASpeechOpensWithARaya) {
  EXPECT_EQ(Rayas("-En su tiempo, hijo."), "\u2014En su tiempo, hijo.");
  EXPECT_EQ(Rayas("-\u00BFC\u00F3mo?"), "\u2014\u00BFC\u00F3mo?");
  EXPECT_EQ(Rayas("--\u00A1Ah, se\u00F1or!"), "\u2014\u00A1Ah, se\u00F1or!");
  EXPECT_EQ(Rayas("-\u00ABM\u00E1s vale\u00BB"), "\u2014\u00ABM\u00E1s vale\u00BB");
}

TEST(SetDialogueDashesTest, AnInciseOpensAfterASpaceAndClosesAgainstAWord) {
  EXPECT_EQ(Rayas("-\u00BFC\u00F3mo? -dijo ella-. Yo"),
            "\u2014\u00BFC\u00F3mo? \u2014dijo ella\u2014. Yo");
  EXPECT_EQ(Rayas("-Bien -dijo-, no"), "\u2014Bien \u2014dijo\u2014, no");
  EXPECT_EQ(Rayas("en altas voces- orden\u00F3 -dijo- eso"),
            "en altas voces- orden\u00F3 \u2014dijo\u2014 eso");
  TextFix fix = SetDialogueDashes("-S\u00ED -dijo-.");
  EXPECT_EQ(fix.edits.size(), 3u);
}

TEST(SetDialogueDashesTest, WhatIsNoDialogueDashStays) {
  for (const char* text : {"franco-alem\u00E1n", "de las Navas-, y que", "el a\u00F1o 1626-1627",
                           "--- tres", "- con espacio", "a -7 grados"}) {
    TextFix fix = SetDialogueDashes(text);
    EXPECT_EQ(fix.text, text);
    EXPECT_TRUE(fix.edits.empty()) << text;
  }
}

}  // namespace
}  // namespace galley
