#include "epub/navigation_document.h"

#include <pugixml.hpp>

#include "epub/package_layout.h"
#include "epub/xhtml_page.h"
#include "model/book_words.h"

namespace galley::epub {

namespace {

// <nav epub:type="…" id="…"> with a heading that names it; returns the nav's <ol>.
pugi::xml_node AppendNav(pugi::xml_node body, const char* type, const char* aria_role,
                         const char* heading, bool hidden) {
  pugi::xml_node nav = body.append_child("nav");
  nav.append_attribute("epub:type") = type;
  if (aria_role != nullptr) nav.append_attribute("role") = aria_role;
  nav.append_attribute("id") = type;
  std::string title_id = std::string(type) + "-title";
  nav.append_attribute("aria-labelledby") = title_id.c_str();
  if (hidden) nav.append_attribute("hidden") = "hidden";
  pugi::xml_node h = nav.append_child(hidden ? "h2" : "h1");
  h.append_attribute("id") = title_id.c_str();
  h.append_child(pugi::node_pcdata).set_value(heading);
  return nav.append_child("ol");
}

pugi::xml_node AppendLink(pugi::xml_node ol, const std::string& label, const std::string& href) {
  pugi::xml_node li = ol.append_child("li");
  pugi::xml_node a = li.append_child("a");
  a.append_attribute("href") = href.c_str();
  a.append_child(pugi::node_pcdata).set_value(label.c_str());
  return li;
}

void AppendTocEntries(pugi::xml_node ol, const std::vector<TocEntry>& entries,
                      TextCoverage* coverage) {
  for (const TocEntry& entry : entries) {
    pugi::xml_node li = AppendLink(ol, entry.label, entry.href);
    coverage->Add(FaceFile::kRegular, entry.label);
    if (!entry.children.empty()) AppendTocEntries(li.append_child("ol"), entry.children, coverage);
  }
}

}  // namespace

std::string NavigationXhtml(const model::Metadata& metadata, const Navigation& navigation,
                            TextCoverage* coverage) {
  model::BookWords words = model::BookWords::For(metadata);
  const char* contents = words.Get("contents").c_str();
  pugi::xml_document page;
  AppendXmlDeclaration(page);
  page.append_child(pugi::node_doctype).set_value("html");
  pugi::xml_node html = page.append_child("html");
  html.append_attribute("xmlns") = kXhtmlNamespace;
  html.append_attribute("xmlns:epub") = kOpsNamespace;
  html.append_attribute("xml:lang") = metadata.language.c_str();
  html.append_attribute("lang") = metadata.language.c_str();
  pugi::xml_node head = html.append_child("head");
  head.append_child("title").append_child(pugi::node_pcdata).set_value(contents);
  pugi::xml_node link = head.append_child("link");
  link.append_attribute("rel") = "stylesheet";
  link.append_attribute("type") = "text/css";
  link.append_attribute("href") = kStylesheetHref;
  pugi::xml_node body = html.append_child("body");
  body.append_attribute("class") = "navigation";

  AppendTocEntries(AppendNav(body, "toc", "doc-toc", contents, false), navigation.toc, coverage);
  coverage->Add(FaceFile::kRegular, contents);

  pugi::xml_node landmarks =
      AppendNav(body, "landmarks", nullptr, words.Get("landmarks").c_str(), true);
  for (const Landmark& landmark : navigation.landmarks) {
    pugi::xml_node li = AppendLink(landmarks, landmark.label, landmark.href);
    li.child("a").prepend_attribute("epub:type") = landmark.type.c_str();
  }

  if (!navigation.pages.empty()) {
    pugi::xml_node pages =
        AppendNav(body, "page-list", "doc-pagelist", words.Get("pages").c_str(), true);
    for (const PageTarget& target : navigation.pages) AppendLink(pages, target.page.label, target.href);
  }
  return SerializeXml(page, /*indent=*/true);
}

}  // namespace galley::epub
