// The HTML proof report (`galley proof --html FILE`): one self-contained page, no scripts, no
// external resources, every quoted text escaped. Changed paragraphs in reading order, before
// and after side by side with the changed lines highlighted and the word diff above them;
// then paragraphs that only moved, the pages that changed, problems that appeared or went,
// and lines set at another spacing. docs/proof.md describes it.
#pragma once

#include <string>
#include <string_view>

#include "proof/comparison.h"

namespace galley::proof {

std::string FormatHtmlReport(const Comparison& comparison);

// `text` with &, <, >, " and ' escaped for HTML text and attribute values.
std::string EscapeHtml(std::string_view text);

}  // namespace galley::proof
