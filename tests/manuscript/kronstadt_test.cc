// The real book: content/kronstadt-21/manuscript.md (made by `galley clean`) parses strictly
// (its dump's golden file is compared by titles_test.cc, as every title's), and the model
// has what issue 2's "Shows" lists: the title, the headings in order with their levels, the
// four emphasised phrases, the scene break, the print pages 6 and 7, the small-caps lead-in
// and the colophon in back matter.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "manuscript/manuscript_parser.h"
#include "manuscript_test_support.h"
#include "support/test_paths.h"

namespace galley::manuscript {
namespace {

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;

constexpr char kManuscript[] = "content/kronstadt-21/manuscript.md";

class KronstadtTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::ifstream in(galley::testing::SourceDir() + "/" + kManuscript, std::ios::binary);
    ASSERT_TRUE(in) << kManuscript << " is missing: run `galley clean content/kronstadt-21`";
    std::ostringstream bytes;
    bytes << in.rdbuf();
    // The repository-relative path, so that the dump is the same on every machine.
    Result<model::Document> parsed = ParseManuscript(bytes.str(), kManuscript);
    ASSERT_TRUE(parsed.ok()) << parsed.error().ToString();
    document_ = new model::Document(std::move(parsed.value()));
  }
  static void TearDownTestSuite() {
    delete document_;
    document_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(document_, nullptr) << "the manuscript did not parse"; }

  static const model::Document& book() { return *document_; }
  static model::Document* document_;
};

model::Document* KronstadtTest::document_ = nullptr;

TEST_F(KronstadtTest, Title) {
  EXPECT_EQ(book().metadata.title, "Kronstadt 21");
  ASSERT_FALSE(book().metadata.creators.empty());
  EXPECT_EQ(book().metadata.creators[0].name, "Victor Serge");
  EXPECT_EQ(book().metadata.language, "en-US");
}

TEST_F(KronstadtTest, SectionHeadingsInOrderWithTheirLevels) {
  std::vector<std::string> headings;
  for (const Block& heading : testing::BlocksOf(book(), BlockKind::kHeading)) {
    headings.push_back(std::to_string(heading.level) + " " + model::PlainText(heading.inlines));
  }
  // The front matter's and the colophon's titles are their headings (docs/manuscript.md).
  EXPECT_EQ(headings, (std::vector<std::string>{
                          "1 About the Author",
                          "1 Introduction",
                          "1 KRONSTADT 21",
                          "2 THE PARTY REFLEX: LIES AND THREATS",
                          "2 WHY I SUPPORTED THE BOLSHEVIKS",
                          "2 COMRADE AGAINST COMRADE",
                          "2 WE’LL BE OUR OWN THERMIDOR",
                          "2 THE CHEKA TAKES OVER",
                          "2 THE GREAT IDEAS DIE",
                          "2 THE TOTALITARIAN POTENTIAL",
                          "2 ‘THE DANGER WAS WITHIN’",
                          "1 Colophon",
                      }));
  // The title heading opens the body, and the others are its subsections.
  const model::Division& body = book().divisions.at(2);
  EXPECT_EQ(body.kind, model::DivisionKind::kBody);
  ASSERT_EQ(body.sections.size(), 1u);
  EXPECT_EQ(body.sections[0].heading.id, "kronstadt-21");
  EXPECT_EQ(body.sections[0].subsections.size(), 8u);
}

TEST_F(KronstadtTest, TheFourEmphasisedPhrases) {
  std::vector<std::string> phrases;
  for (const Inline& emphasis : testing::InlinesOf(book(), InlineKind::kEmphasis)) {
    phrases.push_back(model::PlainText(emphasis.children));
  }
  EXPECT_EQ(phrases,
            (std::vector<std::string>{"in practice", "endorsed", "our", "Petrograd Pravda"}));
}

TEST_F(KronstadtTest, OneSceneBreak) {
  EXPECT_EQ(testing::BlocksOf(book(), BlockKind::kSceneBreak).size(), 1u);
}

TEST_F(KronstadtTest, PageMarkersForTheOriginalsPages) {
  std::vector<std::string> labels;
  model::ForEachBlock(book(), [&](const Block& block) {
    if (block.kind == BlockKind::kPageStart) labels.push_back(block.page.label);
  });
  model::ForEachInline(book(), [&](const Inline& piece) {
    if (piece.kind == InlineKind::kPageStart) labels.push_back(piece.page.label);
  });
  std::sort(labels.begin(), labels.end());
  EXPECT_EQ(labels, (std::vector<std::string>{"6", "7"}));
}

TEST_F(KronstadtTest, SmallCapsLeadInOpensTheText) {
  std::vector<Inline> small_caps = testing::InlinesOf(book(), InlineKind::kSmallCaps);
  ASSERT_EQ(small_caps.size(), 1u);
  EXPECT_EQ(model::PlainText(small_caps[0].children), "DURING THE NIGHT OF FEBRUARY 28–29,");
  // A lead-in: the first inline of the first paragraph under the title heading.
  const Block& opening = book().divisions.at(2).sections.at(0).blocks.at(0);
  EXPECT_EQ(opening.kind, BlockKind::kParagraph);
  EXPECT_EQ(opening.inlines.at(0).kind, InlineKind::kSmallCaps);
}

TEST_F(KronstadtTest, FrontMatterAndColophonInBackMatter) {
  ASSERT_EQ(book().divisions.size(), 4u);
  EXPECT_EQ(book().divisions[0].role, "biography");
  EXPECT_EQ(book().divisions[0].kind, model::DivisionKind::kFront);
  EXPECT_EQ(book().divisions[1].role, "introduction");
  const model::Division& back = book().divisions[3];
  EXPECT_EQ(back.kind, model::DivisionKind::kBack);
  EXPECT_EQ(back.role, "colophon");
  std::string colophon = model::PlainText(back.sections.at(0).blocks.at(0).inlines);
  EXPECT_EQ(colophon.rfind("Published by SOLIDARITY, ", 0), 0u) << colophon;
}

}  // namespace
}  // namespace galley::manuscript
