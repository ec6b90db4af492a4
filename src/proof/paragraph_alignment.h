// Aligns the paragraphs of two records and decides each one's fate (comparison.h).
//
// First a Myers diff over the paragraphs' text keys (bare words, so breaks and break hyphens
// do not count) pairs every paragraph whose text is unchanged, in order. Between two such
// anchors lie paragraphs only one record has; there a removed and an added paragraph that
// share at least half their words (Dice's coefficient over the words) are paired as one
// paragraph whose text changed. Last, a removed paragraph whose text comes back as an added
// one anywhere in the book was reordered (two paragraphs swapped, a passage cut and pasted):
// one change, at its new place. Unpaired ones were added or removed.
#pragma once

#include <vector>

#include "proof/comparison.h"

namespace galley::proof {

std::vector<ParagraphChange> AlignParagraphs(const Record& before,
                                             const std::vector<Paragraph>& before_paragraphs,
                                             const Record& after,
                                             const std::vector<Paragraph>& after_paragraphs);

}  // namespace galley::proof
