// The word diff of two versions of a content document, anchored at paragraphs so that its cost
// stays bounded whatever the documents are. Myers' diff costs O((N+M)·D); over a whole chapter
// of N words that is nothing for a correction (D small) and hours for a chapter rewritten (D
// near N+M). So paragraphs (the runs of words DocumentText numbers alike) are aligned first, by
// a hash of their words; between two aligned paragraphs, a stretch of up to
// kWholeStretchWords words is diffed as one sequence (a paragraph split or joined reads as a
// "¶" added or removed), and a longer one paragraph by paragraph in order, the surplus
// paragraphs of one side removed or added whole.
#pragma once

#include <cstddef>
#include <vector>

#include "proof/comparison.h"
#include "proof/epub_text.h"

namespace galley::proof {

// Words of both sides of a stretch between aligned paragraphs above which the stretch is
// diffed paragraph by paragraph: the Myers diff of such a stretch costs at most about this
// number squared (16 million steps, a few tens of milliseconds), and an editor's correction
// changes one or a few paragraphs, far fewer words.
constexpr size_t kWholeStretchWords = 4000;

// Every word of both documents in order: kSame for a word both have, kRemoved and kAdded for
// the others, removed ones before added ones within a change (as DiffWords gives them).
std::vector<WordChange> DiffDocumentWords(const DocumentText& before, const DocumentText& after);

}  // namespace galley::proof
