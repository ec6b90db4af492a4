#include "manuscript/section_builder.h"

namespace galley::manuscript {

namespace {

using model::Block;
using model::BlockKind;
using model::Section;

bool IsHeading(const Block& block) { return block.kind == BlockKind::kHeading; }

// A section runs from its heading (or first block) to the end of its last descendant.
void SetRange(Section* section) {
  section->range.begin =
      section->has_heading ? section->heading.range.begin : section->blocks.front().range.begin;
  if (!section->subsections.empty()) {
    section->range.end = section->subsections.back().range.end;
  } else if (!section->blocks.empty()) {
    section->range.end = section->blocks.back().range.end;
  } else {
    section->range.end = section->heading.range.end;
  }
}

// The sections whose headings are deeper than `parent_level`, from blocks[*next] on; stops at
// a heading of `parent_level` or higher rank.
std::vector<Section> SectionsFrom(std::vector<Block>& blocks, size_t* next, int parent_level) {
  std::vector<Section> sections;
  while (*next < blocks.size() && blocks[*next].level > parent_level) {
    Section section;
    section.has_heading = true;
    section.heading = std::move(blocks[(*next)++]);
    while (*next < blocks.size() && !IsHeading(blocks[*next])) {
      section.blocks.push_back(std::move(blocks[(*next)++]));
    }
    section.subsections = SectionsFrom(blocks, next, section.heading.level);
    SetRange(&section);
    sections.push_back(std::move(section));
  }
  return sections;
}

}  // namespace

std::vector<Section> BuildSections(std::vector<Block> blocks) {
  std::vector<Section> sections;
  size_t next = 0;
  if (!blocks.empty() && !IsHeading(blocks.front())) {
    Section opening;
    while (next < blocks.size() && !IsHeading(blocks[next])) {
      opening.blocks.push_back(std::move(blocks[next++]));
    }
    SetRange(&opening);
    sections.push_back(std::move(opening));
  }
  std::vector<Section> rest = SectionsFrom(blocks, &next, 0);
  for (Section& section : rest) sections.push_back(std::move(section));
  return sections;
}

Status CheckHeadingDepth(const Block& heading, const Block* previous, const SourceText& source) {
  if (previous == nullptr || heading.level <= previous->level + 1) return Status::Ok();
  std::string hashes(previous->level + 1, '#');
  return source.MakeError(
      heading.range.begin,
      "a level-" + std::to_string(heading.level) + " heading follows a level-" +
          std::to_string(previous->level) + " heading (at " + source.Where(previous->range.begin) +
          "), skipping a level",
      "make it a level-" + std::to_string(previous->level + 1) + " heading (`" + hashes +
          " …`), or build with --lenient to allow skipped levels");
}

}  // namespace galley::manuscript
