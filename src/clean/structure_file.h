// structure.tsv: the editorial structure no rule can know (docs/corrections.md). Each line is a
// directive, tab-separated, that finds a block by the text its first source line begins with
// (its anchor, matched against source.ocr.txt as corrected):
//
//   division       KIND  ROLE  TITLE  ANCHOR   a division of KIND (front, body, back) starts
//                                             at the block; `-` for no ROLE or TITLE
//   move           ANCHOR  before|after  ANCHOR   moves the first block next to the second
//   lead-in        ANCHOR                     the paragraph's opening ANCHOR is its lead-in
//   heading-level  ANCHOR  LEVEL              the heading (or one-line paragraph) gets LEVEL
//   drop           ANCHOR  ANCHOR             the source lines from the first anchor's through
//                                             the second's paragraph are left out
//
// An anchor `@LINE` names the block starting on that source line (for drop, the line itself).
// `#` comment lines and blank lines are allowed; `\t` and `\\` escape a tab and a backslash.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace galley {

struct Anchor {
  std::string text;
  int line = 0;    // in structure.tsv
  int column = 0;  // of the anchor's field
  std::string line_text;
};

enum class DirectiveKind { kDivision, kMove, kLeadIn, kHeadingLevel, kDrop };

struct StructureDirective {
  DirectiveKind kind = DirectiveKind::kDivision;
  int line = 0;
  Anchor anchor;  // the block the directive is about
  // kDivision
  std::string division_kind;  // front, body or back
  std::string role;           // empty for none
  std::string title;          // empty for none
  // kMove
  bool before = true;
  Anchor target;  // kMove: the block to move next to; kDrop: the last block (or line) dropped
  // kHeadingLevel
  int level = 0;
};

// Parses structure.tsv; `file` names it in errors. Checks each line's form (directive name,
// field count, division kind and role, before/after, level); anchors are checked when applied.
Result<std::vector<StructureDirective>> ParseStructure(std::string_view text,
                                                       const std::string& file);

// The source line an anchor `@LINE` names, or 0 when the anchor is text.
int AnchorLine(const Anchor& anchor);

// The roles docs/manuscript.md knows for a division of `kind`.
const std::vector<std::string_view>& KnownRoles(std::string_view kind);

}  // namespace galley
