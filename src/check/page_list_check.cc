// The print edition's pages (EPUB 3.3 §7.4.2, the page-list nav; EPUB Accessibility 1.1 §4,
// page navigation; DPUB-ARIA 1.0 doc-pagebreak): every page-break marker has an id unique in
// the whole book and is listed in the page-list, and the page-list runs in reading order —
// spine order, then document order — so "go to page 6" lands between pages 5 and 7.
#include <map>
#include <set>

#include "check/checks.h"

namespace galley::check {
namespace {

struct PageBreak {
  const XmlFile* file;
  pugi::xml_node node;
};

bool IsPageBreak(pugi::xml_node node) {
  return HasToken(NamespacedAttribute(node, kOpsNamespace, "type").value(), "pagebreak") ||
         std::string_view(node.attribute("role").value()) == "doc-pagebreak";
}

// Every page-break marker in the XHTML documents, reporting those without an id or a name.
std::map<std::string, PageBreak> CollectPageBreaks(const Package& package, Reporter* reporter) {
  std::map<std::string, PageBreak> breaks;          // by "path#id"
  std::map<std::string, std::string> files_of_ids;  // id → the file it first appeared in
  for (const XmlFile* file : package.XhtmlDocuments()) {
    pugi::xml_node root = file->doc.document_element();
    for (pugi::xml_node node = root; node; node = NextInDocumentOrder(node, root)) {
      if (node.type() != pugi::node_element || !IsPageBreak(node)) continue;
      std::string id = node.attribute("id").value();
      if (id.empty()) {
        ReportAt(reporter, *file, node, "page-break marker has no id",
                 "the page-list can only point at a marker with an id");
        continue;
      }
      auto [it, inserted] = files_of_ids.emplace(id, file->path);
      if (!inserted && it->second != file->path) {
        ReportAt(reporter, *file, node,
                 "page-break id \"" + id + "\" is also used in " + it->second,
                 "page-break ids must be unique across the book");
      }
      if (std::string_view(node.attribute("role").value()) == "doc-pagebreak" &&
          std::string_view(node.attribute("aria-label").value()).empty() &&
          std::string_view(node.attribute("title").value()).empty()) {
        ReportAt(reporter, *file, node, "doc-pagebreak \"" + id + "\" has no aria-label",
                 "DPUB-ARIA requires a page break to have an accessible name");
      }
      breaks.emplace(file->path + "#" + id, PageBreak{file, node});
    }
  }
  return breaks;
}

// Place of a target in reading order: (spine index, element index); nullopt-like -1 when the
// target is outside the spine.
struct ReadingPlace {
  int spine = -1;
  int element = -1;
  auto operator<=>(const ReadingPlace&) const = default;
};

ReadingPlace PlaceOf(const Package& package, const LinkTarget& target) {
  ReadingPlace place;
  std::vector<const ManifestItem*> order = package.ReadingOrder();
  for (size_t i = 0; i < order.size(); ++i) {
    if (order[i]->path == target.path) {
      place.spine = static_cast<int>(i);
      break;
    }
  }
  const XmlFile* file = package.Xml(target.path);
  if (file != nullptr && !target.fragment.empty()) {
    auto it = file->id_order.find(target.fragment);
    if (it != file->id_order.end()) place.element = it->second;
  }
  return place;
}

// Whether the link check has already reported this target as broken.
bool Resolves(const Package& package, const LinkTarget& target) {
  const XmlFile* file = package.Xml(target.path);
  return !target.external && file != nullptr &&
         (target.fragment.empty() || file->HasId(target.fragment));
}

void CheckEntries(const Package& package, const std::map<std::string, PageBreak>& breaks,
                  Reporter* reporter) {
  std::set<std::string> labels;
  ReadingPlace previous;
  std::string previous_label;
  for (const NavEntry& entry : package.page_list) {
    if (entry.label.empty()) {
      ReportAt(reporter, *entry.file, entry.node, "page-list entry has no label");
    } else if (!labels.insert(entry.label).second) {
      ReportAt(reporter, *entry.file, entry.node,
               "page-list has page \"" + entry.label + "\" twice");
    }
    if (!Resolves(package, entry.target)) continue;  // reported by the link check
    if (!breaks.count(entry.target.path + "#" + entry.target.fragment)) {
      ReportAt(reporter, *entry.file, entry.node,
               "page-list entry \"" + entry.label + "\" points at " + entry.href +
                   ", which is not a page-break marker");
    }
    ReadingPlace place = PlaceOf(package, entry.target);
    if (place.spine < 0) {
      ReportAt(reporter, *entry.file, entry.node,
               "page \"" + entry.label + "\" is in " + entry.target.path +
                   ", which is not in the spine");
      continue;
    }
    if (place <= previous) {
      ReportAt(reporter, *entry.file, entry.node,
               "page \"" + entry.label + "\" comes before page \"" + previous_label +
                   "\" in reading order, but after it in the page-list");
    }
    previous = place;
    previous_label = entry.label;
  }
}

void CheckEveryBreakListed(const Package& package, const std::map<std::string, PageBreak>& breaks,
                           Reporter* reporter) {
  std::set<std::string> listed;
  for (const NavEntry& entry : package.page_list) {
    listed.insert(entry.target.path + "#" + entry.target.fragment);
  }
  for (const auto& [key, page_break] : breaks) {
    if (listed.count(key)) continue;
    ReportAt(reporter, *page_break.file, page_break.node,
             "page-break marker \"" + std::string(page_break.node.attribute("id").value()) +
                 "\" is not in the page-list");
  }
}

// The NCX pageList serves EPUB 2 readers the same pages (OPF 2.0.1 NCX, pageList).
void CheckNcxAgrees(const Package& package, Reporter* reporter) {
  if (package.ncx == nullptr) return;
  const XmlFile& ncx = *package.ncx;
  if (!package.ncx_page_list_node) {
    ReportAt(reporter, ncx, ncx.doc.document_element(),
             "the nav has a page-list but the NCX has no pageList");
    return;
  }
  size_t count = std::min(package.page_list.size(), package.ncx_page_list.size());
  for (size_t i = 0; i < count; ++i) {
    const NavEntry& nav = package.page_list[i];
    const NavEntry& target = package.ncx_page_list[i];
    if (nav.target.path != target.target.path || nav.target.fragment != target.target.fragment) {
      ReportAt(reporter, ncx, target.node,
               "NCX page target " + std::to_string(i + 1) + " is " + target.href +
                   " but the nav page-list has " + nav.href);
      return;
    }
  }
  if (package.page_list.size() != package.ncx_page_list.size()) {
    ReportAt(reporter, ncx, package.ncx_page_list_node,
             "the NCX pageList has " + std::to_string(package.ncx_page_list.size()) +
                 " pages, the nav page-list " + std::to_string(package.page_list.size()));
  }
}

}  // namespace

void CheckPageList(const Package& package, Reporter* reporter) {
  if (package.opf == nullptr) return;
  std::map<std::string, PageBreak> breaks = CollectPageBreaks(package, reporter);
  if (!package.page_list_nav) {
    if (!breaks.empty() && package.nav != nullptr) {
      ReportAt(reporter, *package.nav, package.nav->doc.document_element(),
               "the book has " + std::to_string(breaks.size()) +
                   " page-break markers but the nav has no page-list");
    }
    return;
  }
  CheckEntries(package, breaks, reporter);
  CheckEveryBreakListed(package, breaks, reporter);
  CheckNcxAgrees(package, reporter);
}

}  // namespace galley::check
