#include "clean/manuscript_writer.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

InlineText Plain(std::string text) {
  InlineText inline_text;
  inline_text.text = std::move(text);
  inline_text.AddMark({0, MarkKind::kLineStart, 1, {}});
  return inline_text;
}

TEST(InlineToMarkdownTest, EscapesWhatCommonMarkWouldReadAsMarkup) {
  EXPECT_EQ(InlineToMarkdown(Plain("a * b _c_ `d` <e> [f] & g\\")),
            "a \\* b \\_c\\_ \\`d\\` \\<e> \\[f\\] \\& g\\\\");
  EXPECT_EQ(InlineToMarkdown(Plain("1917. The year")), "1917\\. The year");
  EXPECT_EQ(InlineToMarkdown(Plain("# not a heading")), "\\# not a heading");
  EXPECT_EQ(InlineToMarkdown(Plain("- not a list")), "\\- not a list");
  EXPECT_EQ(InlineToMarkdown(Plain("In 1917. Then")), "In 1917. Then");
}

TEST(InlineToMarkdownTest, MarksBecomeMarkup) {
  InlineText text = Plain("DURING THE NIGHT, I saw our press shoot you.");
  text.AddMark({0, MarkKind::kSmallCapsOpen, 0, {}});
  text.AddMark({16, MarkKind::kSmallCapsClose, 0, {}});
  text.AddMark({24, MarkKind::kEmphasisOpen, 0, {}});
  text.AddMark({27, MarkKind::kEmphasisClose, 0, {}});
  text.AddMark({40, MarkKind::kPageBreak, 0, "4"});
  EXPECT_EQ(InlineToMarkdown(text),
            "<sc>DURING THE NIGHT</sc>, I saw *our* press shoot <pb n=\"4\"/>you.");
}

TEST(WriteManuscriptTest, FrontMatterDivisionsAndBlocks) {
  Block heading{BlockKind::kHeading, 1, "# T", 1, {}, Plain("T")};
  Block paragraph{BlockKind::kParagraph, 3, "Text.", 0, {}, Plain("Text.")};
  Block marker{BlockKind::kPageMarker, 5, "- 6 -", 0, "6", {}};
  Block scene{BlockKind::kSceneBreak, 7, "\\*", 0, {}, {}};
  std::vector<Division> divisions = {
      {"front", "biography", "About \"the\" Author", {paragraph}},
      {"body", "", "", {heading, marker, scene}},
  };
  EXPECT_EQ(WriteManuscript({{"title", "T"}, {"language", "en-US"}}, divisions),
            "---\ntitle: T\nlanguage: en-US\n---\n"
            "\n<division kind=\"front\" role=\"biography\" title=\"About &quot;the&quot; "
            "Author\">\n\nText.\n\n</division>\n"
            "\n<division kind=\"body\">\n\n# T\n\n<pb n=\"6\"/>\n\n* * *\n\n</division>\n");
}

TEST(WriteManuscriptTest, WithoutDivisionsNoTags) {
  Block paragraph{BlockKind::kParagraph, 1, "Text.", 0, {}, Plain("Text.")};
  EXPECT_EQ(WriteManuscript({{"title", "T"}}, {{"", "", "", {paragraph}}}),
            "---\ntitle: T\n---\n\nText.\n");
}

}  // namespace
}  // namespace galley
