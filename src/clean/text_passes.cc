#include "clean/text_passes.h"

#include <algorithm>

#include "typography/characters.h"

namespace galley {
namespace {

struct Range {
  size_t begin = 0;
  size_t end = 0;
};

bool IsSpaceAt(std::string_view text, size_t at) { return text[at] == ' ' || text[at] == '\t'; }

bool HasWordCharacter(std::string_view text) {
  for (const CodePoint& cp : DecodeCodePoints(text)) {
    if (IsWordCharacter(cp.value)) return true;
  }
  return false;
}

// The space-delimited token around [begin, end); when that has no word in it (a dash between
// spaces, "-'"), the words on either side too.
Range ContextOf(std::string_view text, size_t begin, size_t end) {
  Range range{begin, end};
  auto widen = [&] {
    while (range.begin > 0 && !IsSpaceAt(text, range.begin - 1)) --range.begin;
    while (range.end < text.size() && !IsSpaceAt(text, range.end)) ++range.end;
  };
  widen();
  if (!HasWordCharacter(text.substr(range.begin, range.end - range.begin))) {
    if (range.begin > 0) --range.begin;
    if (range.end < text.size()) ++range.end;
    widen();
  }
  return range;
}

// Where `offset` in the old text lands in the new one, for offsets outside every edit.
size_t NewOffset(size_t offset, const std::vector<TextEdit>& edits) {
  long shift = 0;
  for (const TextEdit& edit : edits) {
    if (edit.offset + edit.length > offset) break;
    shift += static_cast<long>(edit.replacement.size()) - static_cast<long>(edit.length);
  }
  return static_cast<size_t>(static_cast<long>(offset) + shift);
}

// Records the edits of `fix`, merging those whose context overlaps into one change.
void RecordChanges(std::string_view rule, const InlineText& old_text, const TextFix& fix,
                   Review* review) {
  std::string_view text = old_text.text;
  size_t i = 0;
  while (i < fix.edits.size()) {
    const TextEdit& first = fix.edits[i];
    Range range = ContextOf(text, first.offset, first.offset + first.length);
    std::string note = first.note;
    size_t j = i + 1;
    for (; j < fix.edits.size() && fix.edits[j].offset < range.end; ++j) {
      Range more = ContextOf(text, fix.edits[j].offset,
                             fix.edits[j].offset + fix.edits[j].length);
      range.end = std::max(range.end, more.end);
      if (note.empty()) note = fix.edits[j].note;
    }
    size_t new_begin = NewOffset(range.begin, fix.edits);
    size_t new_end = NewOffset(range.end, fix.edits);
    review->changes.push_back({std::string(rule), old_text.LineAt(first.offset),
                               std::string(text.substr(range.begin, range.end - range.begin)),
                               fix.text.substr(new_begin, new_end - new_begin), note});
    i = j;
  }
  for (const TextDoubt& doubt : fix.doubts) {
    size_t end = std::min(text.size(), doubt.offset + 1);
    Range range = ContextOf(text, doubt.offset, end);
    review->doubts.push_back({std::string(rule), old_text.LineAt(doubt.offset),
                              std::string(text.substr(range.begin, range.end - range.begin)),
                              doubt.message});
  }
}

}  // namespace

void RunTextPass(std::string_view rule, const TextPass& pass, std::vector<Block>* blocks,
                 Review* review) {
  for (Block& block : *blocks) {
    if (!HasText(block)) continue;
    TextFix fix = pass(block.text.text);
    if (fix.edits.empty() && fix.doubts.empty()) continue;
    ApplyTextFix(rule, fix, &block, review);
  }
}

void ApplyTextFix(std::string_view rule, const TextFix& fix, Block* block, Review* review) {
  RecordChanges(rule, block->text, fix, review);
  block->text.ApplyEdits(fix.edits);
}

}  // namespace galley
