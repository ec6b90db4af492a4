// The parts of the summary only frames can give (comparison.h, BookDifferences): the counts
// of printed pages, furniture, style and template keys that differ, the page count against
// whole signatures, their sections, and the one-line verdict that ends every summary
// (docs/proof.md, "The summary").
#pragma once

#include <string>

#include "proof/comparison.h"

namespace galley::proof {

// Count lines for the block at the top ("furniture    15 folios changed").
void AppendBookCounts(const Comparison& comparison, std::string* out);

// The sections: style, furniture, template, quality (from the quality library).
void AppendBookSections(const Comparison& comparison, std::string* out);

// The last line: "no changes: …" or "changed: …", naming every kind of change there is.
std::string Verdict(const Comparison& comparison);

}  // namespace galley::proof
