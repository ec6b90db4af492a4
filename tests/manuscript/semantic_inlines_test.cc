// A work's title (<cite>), a foreign word (<i lang>), a passage in another language
// (<span lang>) and emphasis are four things in the model (docs/manuscript.md, "Titles of works,
// foreign words and emphasis"); their tags pair and nest like <sc>, and every mistake is
// reported where it stands with what to write instead.
#include <gtest/gtest.h>

#include "manuscript_test_support.h"

namespace galley::manuscript {
namespace {

using model::Inline;
using model::InlineKind;
using testing::FailsAt;

std::vector<Inline> InlinesOf(const std::string& body) {
  Result<model::Document> parsed = testing::ParseBody(body);
  EXPECT_TRUE(parsed.ok()) << parsed.error().ToString();
  if (!parsed.ok()) return {};
  return parsed->divisions.at(0).sections.at(0).blocks.at(0).inlines;
}

TEST(SemanticInlinesTest, CitationForeignWordPassageAndEmphasisAreFourKinds) {
  std::vector<Inline> inlines = InlinesOf(
      "In <cite>Politics</cite> the <i lang=\"ru\">chekisty</i> said "
      "<span lang=\"fr\">tant pis</span>, *never* more.\n");
  ASSERT_EQ(inlines.size(), 9u);
  EXPECT_EQ(inlines[1].kind, InlineKind::kCitation);
  EXPECT_EQ(model::PlainText(inlines[1].children), "Politics");
  EXPECT_EQ(inlines[3].kind, InlineKind::kForeign);
  EXPECT_EQ(inlines[3].language, "ru");
  EXPECT_EQ(model::PlainText(inlines[3].children), "chekisty");
  EXPECT_EQ(inlines[5].kind, InlineKind::kLanguage);
  EXPECT_EQ(inlines[5].language, "fr");
  EXPECT_EQ(inlines[7].kind, InlineKind::kEmphasis);
  EXPECT_EQ(inlines[1].range.begin.column, 4);
  EXPECT_EQ(inlines[1].range.end.column, 25);
}

TEST(SemanticInlinesTest, PairsNestInsideEachOtherAndEmphasis) {
  std::vector<Inline> inlines =
      InlinesOf("<cite>A <i lang=\"la\">Summa</i> *of <sc>all</sc>*</cite>\n");
  ASSERT_EQ(inlines.size(), 1u);
  const Inline& cite = inlines[0];
  ASSERT_EQ(cite.children.size(), 4u);
  EXPECT_EQ(cite.children[1].kind, InlineKind::kForeign);
  EXPECT_EQ(cite.children[3].kind, InlineKind::kEmphasis);
  EXPECT_EQ(cite.children[3].children.at(1).kind, InlineKind::kSmallCaps);
}

TEST(SemanticInlinesTest, ALanguageIsRequiredAndChecked) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("A <i>word</i>.\n"), "book.md:6:3",
                      "<i> needs the language of its text", "*text* for emphasis"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("A <i lang=\"en_US\">word</i>.\n"), "book.md:6:12",
                      "not a well-formed BCP 47", "BCP 47 tag"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("A <span>word</span>.\n"), "book.md:6:3",
                      "<span> needs the language", "lang=\"fr\""));
  EXPECT_TRUE(FailsAt(testing::ParseBody("A <cite lang=\"fr\">W</cite>.\n"), "book.md:6:9",
                      "unknown attribute `lang` on <cite>", "no attributes"));
}

TEST(SemanticInlinesTest, PairsCloseInReverseOrderInTheirParagraph) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<cite>A <i lang=\"la\">S</cite></i>\n"),
                      "book.md:6:23", "</cite> closes its <cite> before the <i> inside it",
                      "write </i> before </cite>"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("A title</cite>.\n"), "book.md:6:8",
                      "</cite> closes no <cite> in the same paragraph", "add <cite>"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("A <cite>title.\n\nNext.\n"), "book.md:6:3",
                      "<cite> is not closed in the same paragraph", "add </cite>"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("*a <i lang=\"fr\">b* c</i>\n"), "book.md:6:4",
                      "<i> is not closed in the same emphasis", "add </i>"));
}

TEST(SemanticInlinesTest, AnInlineTagAloneOnItsLineIsAnError) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<cite>\n\nText.\n"), "book.md:6:1",
                      "<cite> must be inside a paragraph", "same line"));
}

}  // namespace
}  // namespace galley::manuscript
