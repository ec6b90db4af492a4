// The two pages Galley makes rather than the manuscript: the cover page, showing the cover
// image with a text alternative, and the title page (title, subtitle, authors, publisher),
// which opens the book as the printed pamphlet's title page does.
#pragma once

#include <string>

#include "epub/text_coverage.h"
#include "model/document.h"

namespace galley::epub {

// What the cover shows, in words: its alt text. "Cover: Kronstadt 21, by Victor Serge.
// Solidarity."
std::string CoverAltText(const model::Metadata& metadata);

// text/cover.xhtml, showing `image_href` (relative to the page).
std::string CoverPageXhtml(const model::Metadata& metadata, const std::string& image_href);

// text/title-page.xhtml. Its text goes into `coverage`.
std::string TitlePageXhtml(const model::Metadata& metadata, TextCoverage* coverage);

// The creators' names in order, "A, B and C" ("and" in the book's words); `role` selects
// them ("aut"; empty: all).
std::string JoinNames(const model::Metadata& metadata, const std::string& role);

}  // namespace galley::epub
