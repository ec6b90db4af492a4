#include "model/reading_order.h"

#include <gtest/gtest.h>

namespace galley::model {
namespace {

Block Labelled(BlockKind kind, std::string label) {
  Block block;
  block.kind = kind;
  block.label = std::move(label);
  return block;
}

TEST(ReadingOrderTest, VisitsHeadingsBlocksSubsectionsThenNotes) {
  Document document;
  Section sub;
  sub.has_heading = true;
  sub.heading = Labelled(BlockKind::kHeading, "h2");
  sub.blocks.push_back(Labelled(BlockKind::kParagraph, "p2"));
  Section top;
  top.has_heading = true;
  top.heading = Labelled(BlockKind::kHeading, "h1");
  Block quote = Labelled(BlockKind::kBlockQuote, "q");
  quote.children.push_back(Labelled(BlockKind::kParagraph, "q1"));
  top.blocks.push_back(quote);
  top.blocks.push_back(Labelled(BlockKind::kParagraph, "p1"));
  top.subsections.push_back(sub);
  Division front;
  Section opening;
  opening.blocks.push_back(Labelled(BlockKind::kParagraph, "front"));
  front.sections.push_back(opening);
  Division body;
  body.sections.push_back(top);
  document.divisions = {front, body};
  document.notes.push_back(Labelled(BlockKind::kNote, "n1"));

  std::vector<std::string> order;
  ForEachBlock(document, [&](const Block& block) { order.push_back(block.label); });
  EXPECT_EQ(order, (std::vector<std::string>{"front", "h1", "q", "q1", "p1", "h2", "p2", "n1"}));
}

TEST(ReadingOrderTest, VisitsInlinesContainerFirst) {
  Document document;
  Block paragraph;
  Inline emphasis;
  emphasis.kind = InlineKind::kEmphasis;
  emphasis.text = "e";
  Inline inner;
  inner.text = "x";
  emphasis.children.push_back(inner);
  Inline after;
  after.text = "y";
  paragraph.inlines = {emphasis, after};
  Section section;
  section.blocks.push_back(paragraph);
  Division division;
  division.sections.push_back(section);
  document.divisions.push_back(division);
  std::string order;
  ForEachInline(document, [&](const Inline& piece) { order += piece.text; });
  EXPECT_EQ(order, "exy");
}

}  // namespace
}  // namespace galley::model
