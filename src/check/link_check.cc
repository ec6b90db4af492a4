// Links (EPUB 3.3 §3.7, "Relative URLs"; §6.1 on fragment identifiers): every reference from
// XHTML, SVG, the NCX, the OPF guide and CSS to a file inside the container names a file that is
// there, and a fragment names an id that exists in that document.
#include <string_view>

#include "check/checks.h"

namespace galley::check {
namespace {

// Fragments that are not ids: EPUB CFI, SVG views, XPointer, media fragments.
bool IsSchemeFragment(std::string_view fragment) {
  return fragment.starts_with("epubcfi(") || fragment.starts_with("svgView(") ||
         fragment.starts_with("xpointer(") || fragment.starts_with("t=") ||
         fragment.starts_with("xywh=");
}

// "\"href\"" — built with append(): GCC 12 warns falsely (-Wrestrict) on `"\"" + string`.
std::string Quoted(std::string_view text) {
  std::string out("\"");
  out.append(text).append("\"");
  return out;
}

// Checks one reference; `report` is called with a message when it does not resolve.
template <typename ReportFunction>
void CheckReference(const Package& package, std::string_view from, std::string_view href,
                    ReportFunction report) {
  LinkTarget target = ResolveLink(from, href);
  if (target.external) return;
  if (target.escapes_root) {
    report(Quoted(href) + " points outside the container");
    return;
  }
  if (!package.archive.Contains(target.path)) {
    report(Quoted(href) + " points to " + target.path + ", which is not in the container");
    return;
  }
  if (target.fragment.empty() || IsSchemeFragment(target.fragment)) return;
  const ManifestItem* item = package.ItemByPath(target.path);
  bool xml_target =
      item != nullptr ? IsXmlMediaType(item->media_type) : target.path.ends_with(".xhtml");
  if (!xml_target) return;  // a fragment into CSS or an image is not an id
  const XmlFile* file = package.Xml(target.path);
  if (file == nullptr) return;  // not well-formed: reported while loading
  if (!file->HasId(target.fragment)) {
    report(Quoted(href) + ": " + target.path + " has no id " + Quoted(target.fragment));
  }
}

// The attributes that hold a reference: href (a, area, link, SVG 2), src (img, script, audio,
// video, source, track, iframe, embed), object@data, and SVG 1.1's xlink:href.
void CheckXmlFile(const Package& package, const XmlFile& file, Reporter* reporter) {
  pugi::xml_node root = file.doc.document_element();
  for (pugi::xml_node node = root; node; node = NextInDocumentOrder(node, root)) {
    if (node.type() != pugi::node_element) continue;
    auto check = [&](pugi::xml_attribute attribute) {
      if (!attribute) return;
      CheckReference(package, file.path, attribute.value(), [&](std::string message) {
        ReportAt(reporter, file, node, "link " + message);
      });
    };
    check(node.attribute("href"));
    check(node.attribute("src"));
    check(NamespacedAttribute(node, kXlinkNamespace, "href"));
    if (LocalName(node.name()) == "object") check(node.attribute("data"));
  }
}

void CheckGuide(const Package& package, Reporter* reporter) {
  const XmlFile& opf = *package.opf;
  for (pugi::xml_node reference : opf.doc.document_element().child("guide").children()) {
    if (LocalName(reference.name()) != "reference") continue;
    CheckReference(package, opf.path, reference.attribute("href").value(),
                   [&](std::string message) {
                     ReportAt(reporter, opf, reference, "guide reference " + message);
                   });
  }
}

// url(…) and @import "…" in a style sheet (CSS Syntax Level 3 §4.3.6), comments skipped.
void CheckStyleSheet(const Package& package, const ManifestItem& item, Reporter* reporter) {
  const std::string* css = package.archive.Find(item.path);
  if (css == nullptr) return;
  size_t i = 0;
  while (i < css->size()) {
    if (css->compare(i, 2, "/*") == 0) {
      size_t end = css->find("*/", i + 2);
      i = end == std::string::npos ? css->size() : end + 2;
      continue;
    }
    bool url = css->compare(i, 4, "url(") == 0;
    bool import = css->compare(i, 7, "@import") == 0;
    if (!url && !import) {
      ++i;
      continue;
    }
    size_t start = i + (url ? 4 : 7);
    while (start < css->size() && (*css)[start] == ' ') ++start;
    char quote = start < css->size() && ((*css)[start] == '"' || (*css)[start] == '\'')
                     ? (*css)[start]
                     : '\0';
    if (import && quote == '\0') {  // @import url(…): the url( is checked on the next pass
      i = start;
      continue;
    }
    if (quote != '\0') ++start;
    size_t end = css->find_first_of(quote != '\0' ? std::string(1, quote) : ") \t\n", start);
    if (end == std::string::npos) end = css->size();
    std::string_view href(css->data() + start, end - start);
    size_t offset = i;
    CheckReference(package, item.path, href, [&](std::string message) {
      reporter->Report(item.path, css, static_cast<long>(offset), "CSS url " + message);
    });
    i = end;
  }
}

}  // namespace

void CheckLinks(const Package& package, Reporter* reporter) {
  if (package.opf == nullptr) return;
  for (const ManifestItem& item : package.manifest) {
    if (IsXmlMediaType(item.media_type)) {
      if (const XmlFile* file = package.Xml(item.path)) CheckXmlFile(package, *file, reporter);
    } else if (item.media_type == "text/css") {
      CheckStyleSheet(package, item, reporter);
    }
  }
  CheckGuide(package, reporter);
}

}  // namespace galley::check
