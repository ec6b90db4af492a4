#include "clean/heading_levels.h"

#include "clean/clean_rules.h"

namespace galley {

std::string HeadingPrefix(int level) { return std::string(level, '#') + " "; }

void NormaliseHeadingLevels(std::vector<Block>* blocks, Review* review) {
  for (Block& block : *blocks) {
    if (block.kind != BlockKind::kHeading || block.level <= 2) continue;
    int level = 2;
    review->changes.push_back({std::string(rule::kHeadingLevel), block.line, block.source_text,
                               HeadingPrefix(level) + block.text.text, {}});
    block.level = level;
  }
}

}  // namespace galley
