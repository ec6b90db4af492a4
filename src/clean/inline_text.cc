#include "clean/inline_text.h"

#include <algorithm>

namespace galley {
namespace {

bool Before(const Mark& a, const Mark& b) {
  if (a.offset != b.offset) return a.offset < b.offset;
  return a.kind < b.kind;
}

bool Closes(MarkKind kind) {
  return kind == MarkKind::kEmphasisClose || kind == MarkKind::kStrongClose ||
         kind == MarkKind::kSmallCapsClose || kind == MarkKind::kProtectedClose;
}

// Where a mark at `offset` goes when `edits` are applied.
size_t MovedOffset(size_t offset, MarkKind kind, const std::vector<TextEdit>& edits) {
  long shift = 0;  // the length change of the edits wholly before `offset`
  for (const TextEdit& edit : edits) {
    if (offset <= edit.offset) break;
    if (offset < edit.offset + edit.length) {
      size_t moved = Closes(kind) ? edit.offset + edit.replacement.size() : edit.offset;
      return static_cast<size_t>(static_cast<long>(moved) + shift);
    }
    shift += static_cast<long>(edit.replacement.size()) - static_cast<long>(edit.length);
  }
  return static_cast<size_t>(static_cast<long>(offset) + shift);
}

}  // namespace

void InlineText::AddMark(Mark mark) {
  auto at = std::upper_bound(marks.begin(), marks.end(), mark, Before);
  marks.insert(at, std::move(mark));
}

int InlineText::LineAt(size_t offset) const {
  auto after = std::upper_bound(marks.begin(), marks.end(), offset,
                                [](size_t at, const Mark& mark) { return at < mark.offset; });
  for (auto it = after; it != marks.begin();) {
    --it;
    if (it->kind == MarkKind::kLineStart) return it->line;
  }
  return 0;
}

bool InlineText::IsProtected(size_t begin, size_t end) const {
  int open = 0;
  for (const Mark& mark : marks) {
    if (mark.offset >= end) break;
    if (mark.kind == MarkKind::kProtectedOpen) ++open;
    if (mark.kind != MarkKind::kProtectedClose || open == 0) continue;
    if (mark.offset > begin) return true;  // a range that opened before `end` closes inside
    --open;
  }
  return open > 0;  // a range that opened before `end` and closes after it
}

void InlineText::ApplyEdits(const std::vector<TextEdit>& edits) {
  if (edits.empty()) return;
  for (Mark& mark : marks) mark.offset = MovedOffset(mark.offset, mark.kind, edits);
  text = galley::ApplyEdits(text, edits);
  std::stable_sort(marks.begin(), marks.end(), Before);
}

void InlineText::Append(std::string_view separator, const InlineText& other) {
  size_t base = text.size() + separator.size();
  text.append(separator);
  text.append(other.text);
  size_t old_size = marks.size();
  for (Mark mark : other.marks) {
    mark.offset += base;
    marks.push_back(std::move(mark));
  }
  // Both halves are sorted and the new one starts at or after the old one's end: a merge, not
  // a sort, keeps appending a long paragraph's lines linear.
  std::inplace_merge(marks.begin(), marks.begin() + static_cast<long>(old_size), marks.end(),
                     Before);
}

}  // namespace galley
