// The spine (EPUB 3.3 §5.6.5): the reading order, made of content documents that exist.
#include <set>
#include <vector>

#include "check/checks.h"

namespace galley::check {
namespace {

bool IsContentDocument(std::string_view media_type) {
  return media_type == "application/xhtml+xml" || media_type == "image/svg+xml";
}

// Whether `item` is a content document or falls back to one (EPUB 3.3 §3.3, fallbacks).
bool HasContentDocument(const Package& package, const ManifestItem* item) {
  std::set<std::string> visited;
  while (item != nullptr && visited.insert(item->id).second) {
    if (IsContentDocument(item->media_type)) return true;
    item = package.ItemById(item->fallback);
  }
  return false;
}

// A hyperlink (<a href>, <area href>) from an XHTML document, and the file it points to.
struct Hyperlink {
  const XmlFile* file;
  pugi::xml_node node;
  std::string target;  // container path
};

std::vector<Hyperlink> Hyperlinks(const Package& package) {
  std::vector<Hyperlink> links;
  for (const XmlFile* file : package.XhtmlDocuments()) {
    pugi::xml_node root = file->doc.document_element();
    for (pugi::xml_node node = root; node; node = NextInDocumentOrder(node, root)) {
      std::string_view name = node.name();
      if ((name != "a" && name != "area") || !node.attribute("href")) continue;
      LinkTarget target = ResolveLink(file->path, node.attribute("href").value());
      if (!target.external) links.push_back(Hyperlink{file, node, target.path});
    }
  }
  return links;
}

void CheckItemrefs(const Package& package, Reporter* reporter) {
  const XmlFile& opf = *package.opf;
  std::set<std::string> seen;
  bool any_linear = false;
  for (const SpineItem& itemref : package.spine) {
    const ManifestItem* item = package.ItemById(itemref.idref);
    if (item == nullptr) {
      ReportAt(reporter, opf, itemref.node,
               "spine itemref \"" + itemref.idref + "\" names no manifest item");
      continue;
    }
    if (!seen.insert(itemref.idref).second) {
      ReportAt(reporter, opf, itemref.node, "\"" + itemref.idref + "\" is in the spine twice");
    }
    if (!HasContentDocument(package, item)) {
      ReportAt(reporter, opf, itemref.node,
               "spine item " + item->path + " (" + item->media_type +
                   ") is not a content document and has no fallback to one");
    }
    any_linear = any_linear || itemref.linear;
  }
  if (!any_linear) {
    ReportAt(reporter, opf, package.spine_node, "the spine has no linear item",
             "a reading system starts at the first linear item");
  }
}

// The NCX is found through spine@toc (OPF 2.0.1 §2.4); EPUB 2 readers see no NCX without it.
void CheckToc(const Package& package, Reporter* reporter) {
  const XmlFile& opf = *package.opf;
  std::string_view toc = package.spine_node.attribute("toc").value();
  const ManifestItem* ncx = nullptr;
  for (const ManifestItem& item : package.manifest) {
    if (item.media_type == "application/x-dtbncx+xml") ncx = &item;
  }
  if (!toc.empty()) {
    const ManifestItem* item = package.ItemById(toc);
    if (item == nullptr || item->media_type != "application/x-dtbncx+xml") {
      ReportAt(reporter, opf, package.spine_node,
               "spine toc=\"" + std::string(toc) + "\" names no NCX item");
    }
  } else if (ncx != nullptr) {
    ReportAt(reporter, opf, package.spine_node,
             "the manifest has an NCX but the spine has no toc attribute naming it");
  }
}

// "All EPUB and foreign content documents that are hyperlinked to from publication resources
// in the spine MUST be listed in the spine" (EPUB 3.3 §5.6.5; epubcheck RSC-011) — the nav
// document too, when a landmark points at its table of contents.
void CheckHyperlinkedDocumentsInSpine(const Package& package, const std::vector<Hyperlink>& links,
                                      Reporter* reporter) {
  std::set<std::string> in_spine;
  for (const ManifestItem* item : package.ReadingOrder()) in_spine.insert(item->path);
  for (const Hyperlink& link : links) {
    const ManifestItem* item = package.ItemByPath(link.target);
    if (item == nullptr || !IsContentDocument(item->media_type) || in_spine.count(link.target)) {
      continue;
    }
    ReportAt(reporter, *link.file, link.node,
             "hyperlink to " + link.target + ", which is not in the spine",
             "add it to the spine (linear=\"no\" if it is not read in order)");
  }
}

// Non-linear items must be reachable by a hyperlink from another document (EPUB 3.3 §5.6.5.2;
// epubcheck 5 OPF-096).
void CheckNonLinearReachable(const Package& package, const std::vector<Hyperlink>& links,
                             Reporter* reporter) {
  std::set<std::string> targets;
  for (const Hyperlink& link : links) {
    if (link.target != link.file->path) targets.insert(link.target);
  }
  for (const SpineItem& itemref : package.spine) {
    const ManifestItem* item = package.ItemById(itemref.idref);
    if (itemref.linear || item == nullptr || targets.count(item->path)) continue;
    ReportAt(reporter, *package.opf, itemref.node,
             "non-linear spine item " + item->path + " is not the target of any hyperlink",
             "link to it, e.g. from the nav document's landmarks");
  }
}

}  // namespace

void CheckSpine(const Package& package, Reporter* reporter) {
  if (package.opf == nullptr) return;
  if (!package.spine_node) {
    ReportAt(reporter, *package.opf, package.opf->doc.document_element(),
             "the package document has no <spine>");
    return;
  }
  CheckItemrefs(package, reporter);
  CheckToc(package, reporter);
  std::vector<Hyperlink> links = Hyperlinks(package);
  CheckHyperlinkedDocumentsInSpine(package, links, reporter);
  CheckNonLinearReachable(package, links, reporter);
}

}  // namespace galley::check
