#include "manuscript/section_builder.h"

#include <gtest/gtest.h>

#include "manuscript_test_support.h"

namespace galley::manuscript {
namespace {

using model::Section;
using testing::FailsAt;
using testing::Range;

std::string Title(const Section& section) {
  return section.has_heading ? model::PlainText(section.heading.inlines) : "(none)";
}

// "Title[children…]" for a section tree, to compare nestings at a glance.
std::string Outline(const std::vector<Section>& sections) {
  std::string out;
  for (const Section& section : sections) {
    if (!out.empty()) out += " ";
    out += Title(section) + "/" + std::to_string(section.blocks.size());
    if (!section.subsections.empty()) {
      out.append("[").append(Outline(section.subsections)).append("]");
    }
  }
  return out;
}

std::vector<Section> Sections(const std::string& body, ParseOptions options = {}) {
  Result<model::Document> document = testing::ParseBody(body, options);
  EXPECT_TRUE(document.ok()) << document.error().ToString();
  if (!document.ok()) return {};
  return document->divisions.at(0).sections;
}

TEST(SectionBuilderTest, NestsByHeadingLevel) {
  std::vector<Section> sections = Sections(
      "Before.\n\n# A\n\na.\n\n## A1\n\na1.\n\na1 again.\n\n### A1x\n\n## A2\n\n# B\n\nb.\n");
  EXPECT_EQ(Outline(sections), "(none)/1 A/1[A1/2[A1x/0] A2/0] B/1");
  EXPECT_EQ(Range(sections[0].range), "6:1-6:8");
  EXPECT_EQ(Range(sections[1].range), "8:1-20:6");  // from # A to the end of ## A2
}

TEST(SectionBuilderTest, ALowerRankHeadingFirstStillNests) {
  EXPECT_EQ(Outline(Sections("## Two\n\n# One\n\n## Two again\n")), "Two/0 One/0[Two again/0]");
}

TEST(SectionBuilderTest, SkippedLevelIsAnErrorWhenStrict) {
  Result<model::Document> document = testing::ParseBody("# One\n\nText.\n\n### Three\n");
  EXPECT_TRUE(FailsAt(document, "book.md:10:1",
                      "a level-3 heading follows a level-1 heading (at book.md:6:1)",
                      "make it a level-2 heading (`## …`)"));
  EXPECT_NE(document.error().hint.find("--lenient"), std::string::npos);
}

TEST(SectionBuilderTest, SkippedLevelNestsWhenLenient) {
  ParseOptions lenient;
  lenient.strict = false;
  EXPECT_EQ(Outline(Sections("# One\n\n### Three\n\n## Two\n", lenient)), "One/0[Three/0 Two/0]");
}

TEST(SectionBuilderTest, DepthIsCheckedAcrossDivisions) {
  Result<model::Document> document = testing::ParseBody(
      "<division kind=\"body\">\n\n# One\n\n</division>\n\n"
      "<division kind=\"back\">\n\n### Three\n\n</division>\n");
  EXPECT_TRUE(FailsAt(document, "book.md:14:1", "a level-3 heading follows a level-1",
                      "level-2"));
}

TEST(SectionBuilderTest, GoingBackUpAnyNumberOfLevelsIsFine) {
  EXPECT_EQ(Outline(Sections("# A\n\n## B\n\n### C\n\n# D\n")), "A/0[B/0[C/0]] D/0");
}

}  // namespace
}  // namespace galley::manuscript
