// nav.xhtml, the EPUB navigation document (EPUB 3.3 §7): the table of contents (`toc`),
// nested as the book's divisions and headings nest; the `landmarks` (cover, title page, table
// of contents, start of text, colophon); and the `page-list`, one entry per print page marker
// in reading order, so readers and screen-reader users can go to "page 6" of the pamphlet
// (EPUB Accessibility 1.1 §5.3, "Page navigation"). The landmarks and page list are `hidden`:
// reading systems use them, and nobody needs to see them as a page of text.
#pragma once

#include <string>
#include <vector>

#include "epub/navigation_points.h"
#include "epub/text_coverage.h"
#include "model/document.h"

namespace galley::epub {

struct Navigation {
  std::vector<TocEntry> toc;
  std::vector<Landmark> landmarks;
  std::vector<PageTarget> pages;  // no page-list when empty
};

// Hrefs in `navigation` are relative to the package document, where nav.xhtml lives. The
// visible text (the table of contents) goes into `coverage`.
std::string NavigationXhtml(const model::Metadata& metadata, const Navigation& navigation,
                            TextCoverage* coverage);

}  // namespace galley::epub
