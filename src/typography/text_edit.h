// What a text pass hands back: the new text, every edit it made (so that a caller can show an
// editor each change, or move its own marks along), and the places it could not decide.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace galley {

// Replaces the bytes [offset, offset + length) of the old text with `replacement`.
struct TextEdit {
  size_t offset = 0;
  size_t length = 0;
  std::string replacement;
  std::string note;  // why, when the pass's name does not say it all; may be empty
};

// A place a pass left for a person to check; `offset` is into the old text.
struct TextDoubt {
  size_t offset = 0;
  std::string message;
};

struct TextFix {
  std::string text;               // the text after the edits
  std::vector<TextEdit> edits;    // sorted by offset, not overlapping, each with length > 0
  std::vector<TextDoubt> doubts;  // sorted by offset
};

// `text` with `edits` (sorted, not overlapping) applied.
std::string ApplyEdits(std::string_view text, const std::vector<TextEdit>& edits);

// A TextFix for `text` from its edits and doubts: sorts both and computes the new text.
TextFix MakeTextFix(std::string_view text, std::vector<TextEdit> edits,
                    std::vector<TextDoubt> doubts = {});

}  // namespace galley
