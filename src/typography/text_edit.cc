#include "typography/text_edit.h"

#include <algorithm>

namespace galley {

std::string ApplyEdits(std::string_view text, const std::vector<TextEdit>& edits) {
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  for (const TextEdit& edit : edits) {
    out.append(text.substr(at, edit.offset - at));
    out.append(edit.replacement);
    at = edit.offset + edit.length;
  }
  out.append(text.substr(at));
  return out;
}

TextFix MakeTextFix(std::string_view text, std::vector<TextEdit> edits,
                    std::vector<TextDoubt> doubts) {
  std::stable_sort(edits.begin(), edits.end(),
                   [](const TextEdit& a, const TextEdit& b) { return a.offset < b.offset; });
  std::stable_sort(doubts.begin(), doubts.end(),
                   [](const TextDoubt& a, const TextDoubt& b) { return a.offset < b.offset; });
  TextFix fix;
  fix.text = ApplyEdits(text, edits);
  fix.edits = std::move(edits);
  fix.doubts = std::move(doubts);
  return fix;
}

}  // namespace galley
