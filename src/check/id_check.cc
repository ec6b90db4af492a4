// Ids (HTML, "The id attribute"; XML 1.0 §3.3.1 "Validity constraint: ID"): unique within their
// document, non-empty, and without whitespace, so every fragment names one element.
#include <set>

#include "check/checks.h"

namespace galley::check {

void CheckIds(const Package& package, Reporter* reporter) {
  for (const auto& [path, file] : package.xml_files) {
    if (!file.well_formed) continue;
    std::set<std::string_view> seen;
    pugi::xml_node root = file.doc.document_element();
    for (pugi::xml_node node = root; node; node = NextInDocumentOrder(node, root)) {
      pugi::xml_attribute id = node.attribute("id");
      if (node.type() != pugi::node_element || !id) continue;
      std::string_view value = id.value();
      if (value.empty() || value.find_first_of(" \t\r\n") != std::string_view::npos) {
        ReportAt(reporter, file, node, "id \"" + std::string(value) + "\" is empty or has spaces");
      } else if (!seen.insert(value).second) {
        ReportAt(reporter, file, node, "id \"" + std::string(value) + "\" is used twice in " + path,
                 "ids must be unique within a document");
      }
    }
  }
}

}  // namespace galley::check
