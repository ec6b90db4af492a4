// Lists in OCR text: lines that begin with a bullet (`•`, `◦`, `▪`, `-`, `*`) or a number
// (`1.`, `1)`, `(a)`, `(iv)`) and a space. A list is a run of such lines of one kind, each item
// after the previous one's last line or after blank lines, numbers counting up by one. A bullet
// that is only ever a bullet (`•`, `◦`, `▪`) makes a list of one; a hyphen, an asterisk or a
// number at a line's start is often something else (a dash, a footnote's star, a year after a
// wrapped line), so those need two items in a row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clean/source_text.h"

namespace galley {

struct ListItemStart {
  bool numbered = false;  // 1. or 1): an ordered list item with `number`
  int number = 0;
  // Where the item's text starts in the line (after the marker and its spaces). A lettered
  // item — (a), (iv) — keeps its label as text: CommonMark's lists have no letters.
  size_t text_start = 0;
};

// For each of `lines`, the list item it starts, if it starts one that belongs to a list.
std::vector<std::optional<ListItemStart>> FindListItems(const std::vector<SourceLine>& lines);

}  // namespace galley
