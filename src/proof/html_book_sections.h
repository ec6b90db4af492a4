// The HTML report's sections on what only frames show (comparison.h, BookDifferences):
// furniture, style and template changes, and the quality library's totals and problems.
#pragma once

#include <string>

#include "proof/comparison.h"

namespace galley::proof {

// Appends the sections that have entries; nothing without frames.
void AppendHtmlBookSections(const Comparison& comparison, std::string* out);

}  // namespace galley::proof
