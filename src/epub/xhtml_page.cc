#include "epub/xhtml_page.h"

#include <sstream>

#include "epub/package_layout.h"

namespace galley::epub {

namespace {

class StringWriter : public pugi::xml_writer {
 public:
  explicit StringWriter(std::string* out) : out_(out) {}
  void write(const void* data, size_t size) override {
    out_->append(static_cast<const char*>(data), size);
  }

 private:
  std::string* out_;
};

}  // namespace

void AppendXmlDeclaration(pugi::xml_document& document) {
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
}

pugi::xml_node StartXhtmlPage(pugi::xml_document& document, const XhtmlPageHead& head) {
  AppendXmlDeclaration(document);
  document.append_child(pugi::node_pcdata).set_value("\n");
  document.append_child(pugi::node_doctype).set_value("html");
  document.append_child(pugi::node_pcdata).set_value("\n");
  pugi::xml_node html = document.append_child("html");
  html.append_attribute("xmlns") = kXhtmlNamespace;
  html.append_attribute("xmlns:epub") = kOpsNamespace;
  html.append_attribute("xml:lang") = head.language.c_str();
  html.append_attribute("lang") = head.language.c_str();
  pugi::xml_node head_node = AppendBlock(html, "head");
  AppendText(AppendBlock(head_node, "title"), head.title);
  if (!head.stylesheet.empty()) {
    pugi::xml_node link = AppendBlock(head_node, "link");
    link.append_attribute("rel") = "stylesheet";
    link.append_attribute("type") = "text/css";
    link.append_attribute("href") = head.stylesheet.c_str();
  }
  head_node.append_child(pugi::node_pcdata).set_value("\n");
  pugi::xml_node body = AppendBlock(html, "body");
  html.append_child(pugi::node_pcdata).set_value("\n");
  return body;
}

pugi::xml_node AppendBlock(pugi::xml_node parent, const char* name) {
  parent.append_child(pugi::node_pcdata).set_value("\n");
  return parent.append_child(name);
}

void AppendText(pugi::xml_node parent, const std::string& text) {
  if (text.empty()) return;
  // Adjacent text (a run split by a page marker that was dropped, say) stays one node.
  pugi::xml_node last = parent.last_child();
  if (last.type() == pugi::node_pcdata) {
    last.set_value((std::string(last.value()) + text).c_str());
    return;
  }
  parent.append_child(pugi::node_pcdata).set_value(text.c_str());
}

void KeepOpenAndClose(pugi::xml_node element) { element.append_child(pugi::node_pcdata); }

std::string SerializeXml(const pugi::xml_document& document, bool indent) {
  std::string out;
  StringWriter writer(&out);
  unsigned flags = indent ? pugi::format_indent : pugi::format_raw;
  document.save(writer, "  ", flags, pugi::encoding_utf8);
  if (out.empty() || out.back() != '\n') out.push_back('\n');
  return out;
}

}  // namespace galley::epub
