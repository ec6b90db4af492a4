#include "layout/pages/flow_pages.h"

namespace galley::layout {

namespace {

class FlowVariants : public VariantSource {
 public:
  FlowVariants(Flow* flow, Typesetter& typesetter) : flow_(flow), setter_(typesetter) {}

  std::optional<LineVariant> Variant(int block, int delta) override {
    FlowEntry& entry = flow_->entries[block];
    if (entry.kind != EntryKind::kParagraph) return std::nullopt;
    Result<std::optional<LineVariant>> variant = setter_.Variant(&entry.paragraph, delta);
    // The paragraph's text was set once already, so breaking it again cannot fail; if it
    // did, the page builder simply goes without this variant.
    return variant.ok() ? *variant : std::nullopt;
  }

 private:
  Flow* flow_;
  Typesetter& setter_;
};

std::vector<FlowBlock> BlocksOf(const Flow& flow, const PrintTemplate& t) {
  std::vector<FlowBlock> blocks;
  blocks.reserve(flow.entries.size());
  const double grid = t.leading;
  for (const FlowEntry& entry : flow.entries) {
    FlowBlock block;
    block.space_before = entry.space_before * grid;
    switch (entry.kind) {
      case EntryKind::kParagraph:
        block.kind = FlowKind::kParagraph;
        block.line_count = static_cast<int>(entry.paragraph.breaks.lines.size());
        block.line_height = grid;
        block.hyphenated = HyphenFlags(entry.paragraph.breaks);
        break;
      case EntryKind::kHeading:
        block.kind = FlowKind::kHeading;
        block.height = (entry.heading_lines + entry.space_after) * grid;
        break;
      case EntryKind::kSceneBreak:
        block.kind = FlowKind::kSceneBreak;
        block.height = t.scene_break_lines * grid;
        break;
    }
    blocks.push_back(std::move(block));
  }
  return blocks;
}

}  // namespace

Result<std::vector<FlowPage>> PaginateFlow(Flow* flow, Typesetter& typesetter,
                                           bool first_page_is_verso) {
  const PrintTemplate& t = typesetter.print_template();
  const double grid = t.leading;
  PageBuildParams params;
  params.page_height = t.lines_per_page() * grid;
  params.first_page_height = std::max(t.lines_per_page() - flow->sink, 1) * grid;
  params.line_height = grid;
  params.first_page_is_verso = first_page_is_verso;
  params.widow_lines = t.page_rules.widow_lines;
  params.orphan_lines = t.page_rules.orphan_lines;
  params.heading_keep_lines = t.page_rules.heading_keep_lines;
  params.balance_spreads = t.page_rules.balance_spreads;
  params.hyphen_end_cost = t.page_rules.hyphen_end_penalty;

  FlowVariants variants(flow, typesetter);
  PageBuildResult built = BuildPages(BlocksOf(*flow, t), params, &variants);
  for (size_t block = 0; block < flow->entries.size(); ++block) {
    FlowEntry& entry = flow->entries[block];
    if (entry.kind == EntryKind::kSceneBreak) continue;
    typesetter.Choose(&entry.paragraph, built.deltas[block]);
    entry.lines = typesetter.Set(entry.paragraph);
    ReleaseBreaking(&entry.paragraph);
  }

  std::vector<FlowPage> pages;
  for (size_t i = 0; i < built.pages.size(); ++i) {
    FlowPage page;
    page.page = std::move(built.pages[i]);
    page.opening = i == 0;
    if (page.opening) page.y_offset = flow->sink * grid;
    if (flow->at_foot && i + 1 == built.pages.size()) {
      double room = (page.opening ? params.first_page_height : params.page_height);
      page.y_offset += std::max(0.0, room - page.page.depth);
    }
    page.opens_with_heading = !page.page.parts.empty() &&
                              flow->entries[page.page.parts.front().block].kind ==
                                  EntryKind::kHeading;
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace galley::layout
