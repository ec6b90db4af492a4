// The package document, package.opf (EPUB 3.3 §5): metadata from the manuscript's front
// matter, the accessibility metadata, the manifest and the spine; plus the OCF
// META-INF/container.xml that points at it (EPUB 3.3 §4.2.6.3.1).
//
// The print edition the page list follows is the dc:source, refined `source-of pagination`
// (EPUB 3.3 §D.3.1.12; EPUB Accessibility 1.1 §5.3). The newer single property
// `pageBreakSource` (W3C Publishing CG, "Page Source Identification", 2023) is not used:
// epubcheck 4.2.6, the checker Debian ships, rejects it as an undefined property (OPF-027).
#pragma once

#include <string>
#include <vector>

#include "epub/accessibility_metadata.h"
#include "model/document.h"

namespace galley::epub {

struct ManifestItem {
  std::string id;
  std::string href;        // relative to the package document
  std::string media_type;
  std::string properties;  // "nav", "cover-image"; may be empty
};

struct PackageContents {
  const model::Metadata* metadata = nullptr;
  std::string identifier;                 // model::StableIdentifier
  std::string modified;                   // "CCYY-MM-DDThh:mm:ssZ"
  std::vector<MetaProperty> accessibility;
  std::vector<ManifestItem> manifest;     // in this order
  std::vector<std::string> spine;         // manifest ids, reading order, all linear
  std::string ncx_id;                     // the spine's `toc` (EPUB 2 readers)
  std::string cover_image_id;             // for EPUB 2 readers' <meta name="cover">
  bool has_page_list = false;             // the dc:source is the source of the pagination
};

// The print edition the text reproduces, as dc:source and the page-break source name it:
// "Solidarity pamphlet … (1961)", the date after the edition it belongs to
// (model/print_edition.h). Empty when the front matter has no `source`.
std::string PrintEdition(const model::Metadata& metadata);

std::string PackageDocument(const PackageContents& contents);

std::string ContainerXml();

// Apple Books sets every book in its own fonts unless this file says the book specifies them;
// other reading systems ignore it (META-INF files are outside the package, EPUB 3.3 §4.2.6.3).
std::string AppleDisplayOptionsXml();

}  // namespace galley::epub
