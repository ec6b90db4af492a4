// Where a changed paragraph stands, as the summary and the HTML report name it: its manuscript
// line, its kind and the pages its lines are on, before and after the change.
#pragma once

#include <string>

#include "proof/comparison.h"

namespace galley::proof {

// "9" or "9–10": the pages a paragraph's lines are on.
std::string PagesOfParagraph(const Record& record, const Paragraph& paragraph);

// The paragraph a change is about: the one after, or for a removed paragraph the one before.
const Paragraph& ShownParagraph(const Comparison& comparison, const ParagraphChange& change);

// Where the paragraph is, for an editor: "line 34 p (was 32), page 7 → 8" (its manuscript line
// after the change and before it when that differs, its kind, its pages).
std::string ParagraphPlace(const Comparison& comparison, const ParagraphChange& change);

}  // namespace galley::proof
