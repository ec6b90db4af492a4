// Accessibility claims (EPUB Accessibility 1.1 §2, discovery metadata; schema.org
// accessibilityFeature): a claim in the package must be true of the content. Claiming page
// navigation needs a page-list and naming its source; a page-list needs the claim; claiming
// alternativeText needs alt text on every image.
#include "check/checks.h"

namespace galley::check {
namespace {

const MetadataEntry* Feature(const Package& package, std::string_view value) {
  for (const MetadataEntry* entry : package.Meta("schema:accessibilityFeature")) {
    if (entry->value == value) return entry;
  }
  return nullptr;
}

// The source of the page breaks (EPUB Accessibility Techniques 1.1 §4.1.2, "Identify the source
// of the pagination"): a pageBreakSource meta (EPUB 3.3 default vocabulary), or a dc:source
// refined by source-of "pagination" (EPUB 3.2 §4.2). These are the forms DAISY Ace 1.4.6 accepts;
// it ignores "a11y:pageBreakSource" and a bare dc:source, so they do not count here either.
bool NamesPageBreakSource(const Package& package) {
  for (const MetadataEntry* entry : package.Meta("pageBreakSource")) {
    if (!entry->value.empty()) return true;
  }
  for (const MetadataEntry* source : package.Meta("dc:source")) {
    if (source->id.empty() || source->value.empty()) continue;
    for (const MetadataEntry* aspect : package.Meta("source-of")) {
      if (aspect->refines == "#" + source->id && aspect->value == "pagination") return true;
    }
  }
  return false;
}

void CheckPageNavigationClaim(const Package& package, Reporter* reporter) {
  const XmlFile& opf = *package.opf;
  // printPageNumbers is the deprecated name of pageBreakMarkers; older books still claim it.
  const MetadataEntry* claim = Feature(package, "pageBreakMarkers");
  if (claim == nullptr) claim = Feature(package, "printPageNumbers");
  if (claim == nullptr) claim = Feature(package, "pageNavigation");
  bool has_page_list = package.page_list_nav && !package.page_list.empty();
  pugi::xml_node metadata = package.MetadataElement();
  if (has_page_list && claim == nullptr) {
    ReportAt(reporter, opf, metadata,
             "the nav has a page-list but no schema:accessibilityFeature claims it",
             "add pageBreakMarkers (or pageNavigation)");
  }
  if (!has_page_list && claim != nullptr) {
    ReportAt(reporter, opf, claim->node,
             "accessibilityFeature " + claim->value + " is claimed but the nav has no page-list");
  }
  if (has_page_list && !NamesPageBreakSource(package)) {
    ReportAt(reporter, opf, metadata,
             "the book has a page-list but does not say which edition its pages come from",
             "add <dc:source id=\"src\">…</dc:source> with <meta refines=\"#src\" "
             "property=\"source-of\">pagination</meta>, or <meta property=\"pageBreakSource\">");
  }
}

void CheckAlternativeTextClaim(const Package& package, Reporter* reporter) {
  const MetadataEntry* claim = Feature(package, "alternativeText");
  if (claim == nullptr) return;
  for (const XmlFile* file : package.XhtmlDocuments()) {
    pugi::xml_node root = file->doc.document_element();
    for (pugi::xml_node node = root; node; node = NextInDocumentOrder(node, root)) {
      if (std::string_view(node.name()) != "img") continue;
      std::string_view value = node.attribute("alt").value();
      if (value.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        ReportAt(reporter, *file, node,
                 "img has no alt text, but the package claims accessibilityFeature "
                 "alternativeText",
                 "give every image an alt, or drop the claim");
      }
    }
  }
}

}  // namespace

void CheckAccessibilityClaims(const Package& package, Reporter* reporter) {
  if (package.opf == nullptr) return;
  CheckPageNavigationClaim(package, reporter);
  CheckAlternativeTextClaim(package, reporter);
}

}  // namespace galley::check
