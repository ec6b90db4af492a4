// A title whose text is clean Markdown (source.md): taken as it is, corrections apply.
#include "clean/markdown_source.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

class MarkdownSourceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_.Add("t/source.md",
            "# Songs\n\nA verse,\\\nits second line.[^1]\n\n- one\n- two\n\n> quoted\n\n"
            "[^1]: A note with a mistaek.\n");
    fs_.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: en-US\n");
  }
  Result<CleanResult> Clean() { return CleanTitle(fs_, LocateTitle("t")); }
  MemoryFileSystem fs_;
};

TEST_F(MarkdownSourceTest, TakenAsItIs) {
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_EQ(result->manuscript,
            "---\ntitle: T\nauthor: A\nlanguage: en-US\n---\n\n" + fs_.files().at("t/source.md"));
  EXPECT_EQ(result->markdown_line_offset, 6);
  EXPECT_EQ(result->review.format, "markdown");
  ASSERT_EQ(result->review.unknown_words.size(), 1u);
  EXPECT_EQ(result->review.unknown_words[0].word, "mistaek");
  EXPECT_EQ(result->review.unknown_words[0].lines, std::vector<int>{11});
}

// Galley's tags are not words: `pb`, `kind`, `cite` are not reported; an escaped \<b> is text.
TEST_F(MarkdownSourceTest, TagsAreNotWordsOfTheText) {
  fs_.Add("t/source.md",
          "<pb n=\"xq1\"/>\n\n<division kind=\"body\">\n\nIn <cite>Qwzx</cite> \\<brb> the "
          "<i lang=\"fr\">mot</i>.\n\n</division>\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  std::vector<std::string> unknown;
  for (const UnknownWord& word : result->review.unknown_words) unknown.push_back(word.word);
  EXPECT_EQ(unknown, (std::vector<std::string>{"Qwzx", "brb"}));
}

// A transcription typed with a keyboard's quotes and dashes is printed so: the review says so.
TEST_F(MarkdownSourceTest, TypewriterPunctuationIsADoubt) {
  fs_.Add("t/source.md",
          "# Songs\n\n\"Devilish nice ham!--capital pie!\" he said.\n\nThe `\"code\"` and "
          "<cite lang='en'>tag</cite> and \\\" are no text.\n\nHe said, \"No...\"\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_EQ(result->manuscript.substr(result->manuscript.find("# Songs")),
            fs_.files().at("t/source.md"));
  ASSERT_EQ(result->review.doubts.size(), 3u);
  const Doubt& quotes = result->review.doubts[0];
  EXPECT_EQ(quotes.rule, "quotes");
  EXPECT_EQ(quotes.line, 3);
  EXPECT_EQ(quotes.context, "\"Devilish");
  EXPECT_NE(quotes.message.find("straight quotes on 2 lines"), std::string::npos) << quotes.message;
  EXPECT_EQ(result->review.doubts[1].rule, "dash");
  EXPECT_EQ(result->review.doubts[1].line, 3);
  EXPECT_EQ(result->review.doubts[2].rule, "ellipsis");
  EXPECT_EQ(result->review.doubts[2].line, 7);
}

TEST_F(MarkdownSourceTest, CorrectionsApplyAndKeepLineNumbers) {
  fs_.Add("t/corrections.tsv", "mistaek\tmistake\ttypo\n> quoted\t\tnot in the original\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_NE(result->manuscript.find("- two\n\n\n\n[^1]: A note with a mistake.\n"),
            std::string::npos)
      << result->manuscript;
  EXPECT_TRUE(result->review.unknown_words.empty());
}

TEST_F(MarkdownSourceTest, OneSourceOnlyAndNoStructureFile) {
  fs_.Add("t/source.ocr.txt", "text\n");
  EXPECT_NE(Clean().error().message.find("two sources"), std::string::npos);
  fs_ = MemoryFileSystem();
  SetUp();
  fs_.Add("t/structure.tsv", "lead-in\tA verse\n");
  EXPECT_EQ(Clean().error().where.ToString(), "t/structure.tsv:1:1");
  fs_.Add("t/structure.tsv", "");
  fs_.Add("t/source.md", "---\ntitle: X\n---\n\nText.\n");
  EXPECT_EQ(Clean().error().where.ToString(), "t/source.md:1:1");
}

}  // namespace
}  // namespace galley
