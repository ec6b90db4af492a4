// The plain-text summary of an EPUB comparison (docs/proof.md, "Proofing an EPUB"): the two
// books, a block of counts, one section per kind of change, and a one-line verdict. Every
// change is listed (an EPUB proof has no HTML report to hold the rest). Deterministic.
#pragma once

#include <string>

#include "proof/epub_comparison.h"

namespace galley::proof {

std::string FormatEpubSummary(const EpubComparison& comparison);

}  // namespace galley::proof
