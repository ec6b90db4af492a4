// Paragraph numbers in reading order. Layout composes pages in another order than they are
// read — the contents, which needs the body's page numbers, after the body — and numbers
// paragraphs as it composes them; once every page is made they are numbered again 1, 2, 3… in
// the order they are first met, page by page, as frames promise (page_frame.h).
#pragma once

#include <unordered_map>
#include <vector>

#include "frames/page_frame.h"

namespace galley::frames {

class ParagraphOrder {
 public:
  // The paragraph numbers of `items`' text lines, each once, in the order first met (0, no
  // paragraph, left out).
  static std::vector<int> FirstMet(const std::vector<FrameItem>& items);

  // Notes the paragraphs of the next page in reading order, as FirstMet gives them.
  void Meet(const std::vector<int>& paragraphs);

  // Gives each text line of `items` its paragraph's number in reading order. Every paragraph
  // must have been met.
  void Renumber(std::vector<FrameItem>* items) const;

 private:
  std::unordered_map<int, int> numbers_;  // as composed → in reading order
};

}  // namespace galley::frames
