// The plain-text summary of a comparison: what an editor reads first (docs/proof.md, "The
// summary"). A block of counts, then one section per kind of change, each entry naming the
// manuscript line and the page. Deterministic, so it can be kept as a golden file.
#pragma once

#include <string>

#include "proof/comparison.h"

namespace galley::proof {

std::string FormatSummary(const Comparison& comparison);

}  // namespace galley::proof
