#include "render/structure_plan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace galley::render {
namespace {

using ::testing::HasSubstr;
using Kind = frames::FrameItem::Kind;

frames::FrameItem Begin(const std::string& name) {
  frames::FrameItem item{};
  item.kind = Kind::kTagBegin;
  item.tag_begin.name = name;
  return item;
}
frames::FrameItem End(const std::string& name) {
  frames::FrameItem item{};
  item.kind = Kind::kTagEnd;
  item.tag_end.name = name;
  return item;
}
frames::FrameItem Content() {
  frames::FrameItem item{};
  item.kind = Kind::kRule;
  return item;
}
frames::FrameItem Link() {
  frames::FrameItem item{};
  item.kind = Kind::kLink;
  item.link.destination = "page-6";
  return item;
}

frames::PageFrame PageOf(std::vector<frames::FrameItem> items) {
  frames::PageFrame page;
  page.width = page.height = 100;
  page.items = std::move(items);
  return page;
}

TEST(StructurePlanTest, ParagraphWithOnlyTextHasNoChildren) {
  auto plan =
      PlanPageStructure(PageOf({Begin("Sect"), Begin("P"), Content(), End("P"), End("Sect")}), 1);
  ASSERT_TRUE(plan.ok()) << plan.error().ToString();
  EXPECT_EQ(plan->tags[0].role, TagRole::kElement);
  EXPECT_STREQ(plan->tags[0].cairo_type, "Sect");
  EXPECT_TRUE(plan->tags[0].has_children);
  EXPECT_STREQ(plan->tags[1].cairo_type, "P");
  EXPECT_FALSE(plan->tags[1].has_children);
}

TEST(StructurePlanTest, ArtifactInAParagraphGivesItChildren) {
  // A marginal page number in the middle of a paragraph.
  auto plan = PlanPageStructure(PageOf({Begin("P"), Content(), Begin("Artifact"), Content(),
                                        End("Artifact"), Content(), End("P")}),
                                1);
  ASSERT_TRUE(plan.ok()) << plan.error().ToString();
  EXPECT_TRUE(plan->tags[0].has_children);
  EXPECT_EQ(plan->tags[2].role, TagRole::kArtifact);
  EXPECT_EQ(plan->tags[2].cairo_type, nullptr);
}

TEST(StructurePlanTest, StandaloneLinkIsAChildElement) {
  auto plan = PlanPageStructure(PageOf({Begin("P"), Content(), Link(), End("P")}), 1);
  ASSERT_TRUE(plan.ok()) << plan.error().ToString();
  EXPECT_TRUE(plan->tags[0].has_children);
  EXPECT_FALSE(plan->link_in_element[2]);
}

TEST(StructurePlanTest, LinkTagTakesTheLinkItemInside) {
  auto plan = PlanPageStructure(
      PageOf({Begin("P"), Begin("Link"), Content(), Link(), End("Link"), End("P")}), 1);
  ASSERT_TRUE(plan.ok()) << plan.error().ToString();
  EXPECT_EQ(plan->tags[1].link_item, 3);
  EXPECT_TRUE(plan->link_in_element[3]);
  EXPECT_FALSE(plan->tags[1].has_children);
  EXPECT_TRUE(plan->tags[0].has_children);
}

TEST(StructurePlanTest, DocumentTagsAndTagsInsideArtifactsAreTransparent) {
  auto plan = PlanPageStructure(PageOf({Begin("Document"), Begin("Artifact"), Begin("P"), End("P"),
                                        End("Artifact"), End("Document")}),
                                1);
  ASSERT_TRUE(plan.ok()) << plan.error().ToString();
  EXPECT_EQ(plan->tags[0].role, TagRole::kTransparent);
  EXPECT_EQ(plan->tags[2].role, TagRole::kTransparent);
}

TEST(StructurePlanTest, Pdf20NamesMapToTheirPdf17Neighbours) {
  EXPECT_STREQ(CairoStructureType("Title"), "H");
  EXPECT_STREQ(CairoStructureType("FENote"), "Note");
  EXPECT_STREQ(CairoStructureType("H3"), "H3");
  EXPECT_EQ(CairoStructureType("Artifact"), nullptr);
  EXPECT_EQ(CairoStructureType("Paragraph"), nullptr);
}

TEST(StructurePlanTest, RefusesUnknownNames) {
  auto plan = PlanPageStructure(PageOf({Begin("Paragraph"), End("Paragraph")}), 4);
  ASSERT_FALSE(plan.ok());
  EXPECT_THAT(plan.error().message, HasSubstr("page 4"));
  EXPECT_THAT(plan.error().message, HasSubstr("\"Paragraph\" is not a Tagged PDF structure type"));
}

TEST(StructurePlanTest, RefusesMismatchedEnd) {
  auto plan = PlanPageStructure(PageOf({Begin("P"), End("H1")}), 2);
  ASSERT_FALSE(plan.ok());
  EXPECT_THAT(plan.error().message, HasSubstr("tag end \"H1\" where \"P\" is to be closed"));
}

TEST(StructurePlanTest, RefusesEndWithoutBegin) {
  auto plan = PlanPageStructure(PageOf({End("P")}), 2);
  ASSERT_FALSE(plan.ok());
  EXPECT_THAT(plan.error().message, HasSubstr("no open tag"));
}

TEST(StructurePlanTest, RefusesTagLeftOpenAtThePageEnd) {
  auto plan = PlanPageStructure(PageOf({Begin("Sect"), Begin("P"), End("P")}), 3);
  ASSERT_FALSE(plan.ok());
  EXPECT_THAT(plan.error().message, HasSubstr("\"Sect\" is still open at the end of the page"));
}

TEST(StructurePlanTest, RefusesLinkTagWithoutLinkItem) {
  auto plan = PlanPageStructure(PageOf({Begin("Link"), Content(), End("Link")}), 1);
  ASSERT_FALSE(plan.ok());
  EXPECT_THAT(plan.error().message, HasSubstr("Link tag holds no LinkItem"));
}

}  // namespace
}  // namespace galley::render
