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
         kind == MarkKind::kSmallCapsClose;
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
  int line = 0;
  for (const Mark& mark : marks) {
    if (mark.offset > offset) break;
    if (mark.kind == MarkKind::kLineStart) line = mark.line;
  }
  return line;
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
  for (Mark mark : other.marks) {
    mark.offset += base;
    marks.push_back(std::move(mark));
  }
  std::stable_sort(marks.begin(), marks.end(), Before);
}

}  // namespace galley
