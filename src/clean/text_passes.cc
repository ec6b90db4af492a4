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

// The space-delimited token around [begin, end) (`token`), and what a change there shows
// (`context`): the token, or when that has no word in it (a dash between spaces, "-'"), the
// words on either side too.
struct Context {
  Range token;
  Range context;
};

Context ContextOf(std::string_view text, size_t begin, size_t end) {
  Range range{begin, end};
  auto widen = [&] {
    while (range.begin > 0 && !IsSpaceAt(text, range.begin - 1)) --range.begin;
    while (range.end < text.size() && !IsSpaceAt(text, range.end)) ++range.end;
  };
  widen();
  Range token = range;
  if (!HasWordCharacter(text.substr(range.begin, range.end - range.begin))) {
    if (range.begin > 0) --range.begin;
    if (range.end < text.size()) ++range.end;
    widen();
  }
  return {token, range};
}

// Where offsets of the old text land in the new one, for offsets outside every edit: a
// binary search over the edits' running shifts, so that a paragraph with many edits (a run of
// 80,000 hyphens, each one edited) costs n log n, not n squared.
class OffsetMap {
 public:
  explicit OffsetMap(const std::vector<TextEdit>& edits) : edits_(edits) {
    long shift = 0;
    shifts_.reserve(edits.size());
    for (const TextEdit& edit : edits) {
      shift += static_cast<long>(edit.replacement.size()) - static_cast<long>(edit.length);
      shifts_.push_back(shift);
    }
  }

  size_t NewOffset(size_t offset) const {
    // The edits that end at or before `offset` (edits are sorted and do not overlap).
    auto after = std::upper_bound(edits_.begin(), edits_.end(), offset,
                                  [](size_t o, const TextEdit& e) { return o < e.offset + e.length; });
    size_t count = static_cast<size_t>(after - edits_.begin());
    long shift = count == 0 ? 0 : shifts_[count - 1];
    return static_cast<size_t>(static_cast<long>(offset) + shift);
  }

 private:
  const std::vector<TextEdit>& edits_;
  std::vector<long> shifts_;
};

// Records the edits of `fix`, merging those whose context overlaps into one change. An edit
// inside the token of the one before shares its context, which is not looked for again: each
// token is scanned once however many edits it holds.
void RecordChanges(std::string_view rule, const InlineText& old_text, const TextFix& fix,
                   Review* review) {
  std::string_view text = old_text.text;
  OffsetMap offsets(fix.edits);
  size_t i = 0;
  while (i < fix.edits.size()) {
    const TextEdit& first = fix.edits[i];
    Context context = ContextOf(text, first.offset, first.offset + first.length);
    Range range = context.context;
    std::string note = first.note;
    size_t j = i + 1;
    for (; j < fix.edits.size() && fix.edits[j].offset < range.end; ++j) {
      const TextEdit& edit = fix.edits[j];
      if (edit.offset < context.token.begin || edit.offset + edit.length > context.token.end) {
        context = ContextOf(text, edit.offset, edit.offset + edit.length);
        range.end = std::max(range.end, context.context.end);
      }
      if (note.empty()) note = edit.note;
    }
    size_t new_begin = offsets.NewOffset(range.begin);
    size_t new_end = offsets.NewOffset(range.end);
    review->changes.push_back({std::string(rule), old_text.LineAt(first.offset),
                               std::string(text.substr(range.begin, range.end - range.begin)),
                               fix.text.substr(new_begin, new_end - new_begin), note});
    i = j;
  }
  for (const TextDoubt& doubt : fix.doubts) {
    size_t end = std::min(text.size(), doubt.offset + 1);
    Range range = ContextOf(text, doubt.offset, end).context;
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
