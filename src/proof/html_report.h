// The HTML proof report (`galley proof --html FILE`): one self-contained page, no scripts, no
// external resources, every quoted text escaped. The verdict first; the changed spreads as
// page images with the changes marked (html_spreads.h); furniture, style and template changes
// (html_book_sections.h); then changed paragraphs in reading order, before
// and after side by side with the changed lines highlighted and the word diff above them;
// then paragraphs that only moved, the pages that changed, problems that appeared or went,
// and lines set at another spacing. docs/proof.md describes it.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "proof/comparison.h"
#include "proof/page_images.h"

namespace galley::proof {

std::string FormatHtmlReport(const Comparison& comparison);

// The report with the changed spreads drawn (html_spreads.h) by `images`: fails when a page
// cannot be drawn.
Result<std::string> FormatHtmlReport(const Comparison& comparison, PageImages& images);

// `text` with &, <, >, " and ' escaped for HTML text and attribute values.
std::string EscapeHtml(std::string_view text);

}  // namespace galley::proof
