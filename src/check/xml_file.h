// One XML file of the package (container.xml, the OPF, XHTML, SVG, NCX) parsed with pugixml,
// with what several checks need: the place of a node as line:col, and the ids in document order.
#pragma once

#include <map>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "check/finding.h"

namespace galley::check {

// Namespaces the checks look for (EPUB 3.3 §D, Namespaces).
inline constexpr const char* kOpsNamespace = "http://www.idpf.org/2007/ops";
inline constexpr const char* kXlinkNamespace = "http://www.w3.org/1999/xlink";

struct XmlFile {
  std::string path;                   // container path
  const std::string* text = nullptr;  // the bytes it was parsed from (owned by the archive)
  pugi::xml_document doc;
  bool well_formed = false;
  std::map<std::string, int> id_order;  // each id's first element, numbered in document order

  // Where `node` starts in `text`, for messages; -1 when pugixml cannot tell.
  long OffsetOf(pugi::xml_node node) const;
  bool HasId(const std::string& id) const { return id_order.count(id) > 0; }
};

// Parses `*text` into `file`; a file that is not well-formed XML is reported with the place
// pugixml stopped at, and left with well_formed == false.
void ParseXml(const std::string& path, const std::string* text, XmlFile* file, Reporter* reporter);

// Reports a finding at `node` of `file`.
void ReportAt(Reporter* reporter, const XmlFile& file, pugi::xml_node node, std::string message,
              std::string hint = {});

// "opf:item" → "item"; names without a prefix are returned whole.
std::string_view LocalName(std::string_view qualified);

// The attribute of `element` in namespace `ns` with local name `local`, resolving prefixes
// through the xmlns declarations in scope (so `epub:type` is found whatever the prefix is).
pugi::xml_attribute NamespacedAttribute(pugi::xml_node element, std::string_view ns,
                                        std::string_view local);

// Whether the whitespace-separated list `list` contains `token` (epub:type, properties, rel).
bool HasToken(std::string_view list, std::string_view token);

// The node after `node` in document order (depth first) within `root`'s subtree; null at the end.
// Walks without recursion, so a deeply nested file cannot exhaust the stack.
pugi::xml_node NextInDocumentOrder(pugi::xml_node node, pugi::xml_node root);

// The text of `node` and its descendants with whitespace runs collapsed and trimmed.
std::string CollapsedText(pugi::xml_node node);

}  // namespace galley::check
