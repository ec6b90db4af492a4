#include "frames/paragraph_order.h"

#include <algorithm>

namespace galley::frames {

std::vector<int> ParagraphOrder::FirstMet(const std::vector<FrameItem>& items) {
  std::vector<int> met;
  for (const FrameItem& item : items) {
    if (item.kind != FrameItem::Kind::kText || item.text.paragraph == 0) continue;
    // A page holds a few paragraphs: a linear search beats a set.
    if (std::find(met.begin(), met.end(), item.text.paragraph) == met.end()) {
      met.push_back(item.text.paragraph);
    }
  }
  return met;
}

void ParagraphOrder::Meet(const std::vector<int>& paragraphs) {
  for (int paragraph : paragraphs) {
    numbers_.emplace(paragraph, static_cast<int>(numbers_.size()) + 1);
  }
}

void ParagraphOrder::Renumber(std::vector<FrameItem>* items) const {
  for (FrameItem& item : *items) {
    if (item.kind != FrameItem::Kind::kText || item.text.paragraph == 0) continue;
    item.text.paragraph = numbers_.at(item.text.paragraph);
  }
}

}  // namespace galley::frames
