// What the navigation documents point at (nav.xhtml: EPUB 3.3 §7; toc.ncx: OPF 2.0.1 §2.4.1),
// gathered while the text is written, so that every link goes where the element really is.
// Hrefs are relative to the package document ("text/chapter.xhtml#page-6").
#pragma once

#include <string>
#include <vector>

#include "model/page_start.h"

namespace galley::epub {

struct TocEntry {
  std::string label;
  std::string href;
  int order = 0;  // position in reading order, for the NCX's playOrder
  std::vector<TocEntry> children;
};

struct PageTarget {
  model::PageStart page;  // the print page, its label classified by the manuscript parser
  std::string href;       // to the pagebreak element
  int order = 0;
};

// A landmark (EPUB 3.3 §7.4.3): epub:type "cover", "titlepage", "toc", "bodymatter",
// "colophon"…
struct Landmark {
  std::string type;
  std::string label;
  std::string href;
};

}  // namespace galley::epub
