// toc.ncx, the EPUB 2 table of contents (OPF 2.0.1 §2.4.1; ANSI/NISO Z39.86-2005 §8), for
// reading systems that predate nav.xhtml: the same entries as the nav's toc, and a pageList
// with one pageTarget per print page. playOrder numbers every distinct target in reading order,
// the same target always with the same number, as Z39.86 requires.
#pragma once

#include <string>
#include <vector>

#include "epub/navigation_points.h"
#include "model/document.h"

namespace galley::epub {

std::string NcxDocument(const model::Metadata& metadata, const std::string& identifier,
                        const std::vector<TocEntry>& toc, const std::vector<PageTarget>& pages);

}  // namespace galley::epub
