// Applying structure.tsv's directives to the blocks: moves first (in file order), then heading
// levels and lead-ins, then divisions, whose starts must follow the blocks' (moved) reading
// order and leave no block before the first. An anchor must match the start of exactly one
// block's first source line (leading spaces ignored); otherwise the error names the anchor's
// place in structure.tsv.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "clean/blocks.h"
#include "clean/review.h"
#include "clean/structure_file.h"

namespace galley {

struct DivisionStart {
  int block_line = 0;  // Block::line of the division's first block
  std::string kind;
  std::string role;
  std::string title;
};

// Applies `directives` to `blocks` and returns where divisions start (none when no division
// directive is given: the whole text is one body). `file` names structure.tsv in errors.
Result<std::vector<DivisionStart>> ApplyStructure(
    const std::vector<StructureDirective>& directives, const std::string& file,
    std::vector<Block>* blocks, Review* review);

struct Division {
  std::string kind;  // empty: no division tags are written
  std::string role;
  std::string title;
  std::vector<Block> blocks;
};

// `blocks` cut at `starts` (from ApplyStructure); with no starts, one untagged division.
std::vector<Division> SplitIntoDivisions(std::vector<Block> blocks,
                                         const std::vector<DivisionStart>& starts);

}  // namespace galley
