#include "check/xml_file.h"

#include <optional>

#include "base/xml_chars.h"

namespace galley::check {
namespace {

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The namespace URI bound to `prefix` at `element` ("" when unbound).
std::string_view NamespaceOfPrefix(pugi::xml_node element, std::string_view prefix) {
  std::string declaration = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
  for (pugi::xml_node node = element; node; node = node.parent()) {
    if (pugi::xml_attribute attribute = node.attribute(declaration.c_str())) {
      return attribute.value();
    }
  }
  return {};
}

void NumberIds(XmlFile* file) {
  int order = 0;
  for (pugi::xml_node node = file->doc.first_child(); node;
       node = NextInDocumentOrder(node, file->doc)) {
    if (node.type() != pugi::node_element) continue;
    if (pugi::xml_attribute id = node.attribute("id")) file->id_order.emplace(id.value(), order);
    ++order;
  }
}

}  // namespace

pugi::xml_node NextInDocumentOrder(pugi::xml_node node, pugi::xml_node root) {
  if (node.first_child()) return node.first_child();
  while (node && node != root && !node.next_sibling()) node = node.parent();
  if (!node || node == root) return {};
  return node.next_sibling();
}

long XmlFile::OffsetOf(pugi::xml_node node) const {
  ptrdiff_t offset = node.offset_debug();
  // For an element pugixml gives the offset of its name; point at the '<' before it.
  if (offset > 0 && node.type() == pugi::node_element) --offset;
  return static_cast<long>(offset);
}

void ParseXml(const std::string& path, const std::string* text, XmlFile* file, Reporter* reporter) {
  file->path = path;
  file->text = text;
  // encoding_utf8: no conversion, so node offsets are offsets into `text` itself.
  pugi::xml_parse_result result =
      file->doc.load_buffer(text->data(), text->size(), pugi::parse_default, pugi::encoding_utf8);
  // pugixml does not check characters: it takes `&#19;`, a raw U+FFFF and `&nbsp;` without a
  // word. XML 1.0 does not, nor do reading systems, so those are checked here; the first
  // problem in the file is the one reported.
  std::optional<XmlCharProblem> characters = FindXmlCharProblem(*text);
  if (characters && (result || static_cast<size_t>(result.offset) > characters->offset)) {
    reporter->Report(path, text, static_cast<long>(characters->offset),
                     "not well-formed XML: " + characters->message,
                     "every XML file in an EPUB must parse (XML 1.0 §2.2, §4.1)");
    return;
  }
  if (!result) {
    reporter->Report(path, text, static_cast<long>(result.offset),
                     std::string("not well-formed XML: ") + result.description(),
                     "every XML file in an EPUB must parse (XML 1.0 §2.1)");
    return;
  }
  file->well_formed = true;
  NumberIds(file);
}

void ReportAt(Reporter* reporter, const XmlFile& file, pugi::xml_node node, std::string message,
              std::string hint) {
  reporter->Report(file.path, file.text, file.OffsetOf(node), std::move(message), std::move(hint));
}

std::string_view LocalName(std::string_view qualified) {
  size_t colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

pugi::xml_attribute NamespacedAttribute(pugi::xml_node element, std::string_view ns,
                                        std::string_view local) {
  for (pugi::xml_attribute attribute : element.attributes()) {
    std::string_view name = attribute.name();
    size_t colon = name.find(':');
    if (colon == std::string_view::npos || name.substr(colon + 1) != local) continue;
    std::string_view prefix = name.substr(0, colon);
    if (prefix == "xmlns") continue;
    if (NamespaceOfPrefix(element, prefix) == ns) return attribute;
  }
  return {};
}

bool HasToken(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && IsXmlSpace(list[i])) ++i;
    size_t start = i;
    while (i < list.size() && !IsXmlSpace(list[i])) ++i;
    if (i > start && list.substr(start, i - start) == token) return true;
  }
  return false;
}

std::string CollapsedText(pugi::xml_node node) {
  std::string raw;
  for (pugi::xml_node n = node; n; n = NextInDocumentOrder(n, node)) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) raw += n.value();
  }
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (IsXmlSpace(c)) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

}  // namespace galley::check
