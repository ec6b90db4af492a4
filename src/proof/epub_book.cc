#include "proof/epub_book.h"

#include <map>
#include <set>

#include "check/epub_archive.h"
#include "check/link_target.h"
#include "check/xml_file.h"

namespace galley::proof {

namespace {

constexpr const char* kEpubMediaType = "application/epub+zip";
constexpr const char* kNavigationLists[] = {"toc", "page-list", "landmarks"};

std::string TargetOf(const std::string& from, const std::string& href) {
  check::LinkTarget target = check::ResolveLink(from, href);
  if (target.external) return href;
  return target.fragment.empty() ? target.path : target.path + "#" + target.fragment;
}

std::string PathOf(const std::string& target) { return target.substr(0, target.find('#')); }

bool IsElement(pugi::xml_node node, std::string_view local_name) {
  return node.type() == pugi::node_element && check::LocalName(node.name()) == local_name;
}

// How many list items enclose `li` inside its <nav>: 0 for a top-level entry.
int DepthOf(pugi::xml_node li, pugi::xml_node nav) {
  int depth = 0;
  for (pugi::xml_node node = li.parent(); node && node != nav; node = node.parent()) {
    if (IsElement(node, "li")) ++depth;
  }
  return depth;
}

// Each <li>'s label — its <a>, or a <span> heading a group of links (EPUB 3.3 §7.4.2).
std::vector<NavigationItem> ListItems(const check::XmlFile& nav_file, pugi::xml_node nav) {
  std::vector<NavigationItem> items;
  for (pugi::xml_node node = nav; node; node = check::NextInDocumentOrder(node, nav)) {
    if (!IsElement(node, "li")) continue;
    pugi::xml_node label;
    for (pugi::xml_node child : node.children()) {
      if (IsElement(child, "a") || IsElement(child, "span")) {
        label = child;
        break;
      }
    }
    if (!label) continue;
    NavigationItem item;
    item.label = check::CollapsedText(label);
    if (pugi::xml_attribute href = label.attribute("href")) {
      item.target = TargetOf(nav_file.path, href.value());
    }
    item.type = check::NamespacedAttribute(label, check::kOpsNamespace, "type").value();
    item.depth = DepthOf(node, nav);
    items.push_back(std::move(item));
  }
  return items;
}

std::vector<NavigationList> ReadNavigation(const check::XmlFile* nav_file) {
  std::vector<NavigationList> lists;
  for (const char* name : kNavigationLists) lists.push_back({name, {}});
  if (nav_file == nullptr) return lists;
  pugi::xml_node root = nav_file->doc.document_element();
  for (pugi::xml_node node = root; node; node = check::NextInDocumentOrder(node, root)) {
    if (!IsElement(node, "nav")) continue;
    std::string types = check::NamespacedAttribute(node, check::kOpsNamespace, "type").value();
    for (NavigationList& list : lists) {
      // The first nav of each type counts, as reading systems take it (EPUB 3.3 §7.4.1).
      if (list.items.empty() && check::HasToken(types, list.name)) {
        list.items = ListItems(*nav_file, node);
      }
    }
  }
  return lists;
}

pugi::xml_node FirstElement(pugi::xml_node root, std::initializer_list<std::string_view> names) {
  for (pugi::xml_node node = root; node; node = check::NextInDocumentOrder(node, root)) {
    if (node.type() != pugi::node_element) continue;
    for (std::string_view name : names) {
      if (check::LocalName(node.name()) == name) return node;
    }
  }
  return {};
}

// The first label a list gives to the document at `path`, or "".
std::string LabelIn(const NavigationList& list, const std::string& path) {
  for (const NavigationItem& item : list.items) {
    if (!item.target.empty() && PathOf(item.target) == path && !item.label.empty()) {
      return item.label;
    }
  }
  return {};
}

// What a reader calls the document: see ContentDocument::label.
std::string LabelOf(const EpubBook& book, const std::string& path) {
  for (const char* list : {"toc", "landmarks"}) {
    for (const NavigationList& navigation : book.navigation) {
      if (navigation.name != list) continue;
      if (std::string label = LabelIn(navigation, path); !label.empty()) return label;
    }
  }
  if (const check::XmlFile* file = book.package->Xml(path)) {
    pugi::xml_node root = file->doc.document_element();
    for (pugi::xml_node node : {FirstElement(root, {"h1", "h2", "h3", "h4", "h5", "h6"}),
                                FirstElement(root, {"title"})}) {
      if (std::string text = check::CollapsedText(node); node && !text.empty()) return text;
    }
  }
  return path.substr(path.rfind('/') + 1);
}

void CollectDocuments(EpubBook* book) {
  const check::Package& package = *book->package;
  std::set<std::string> seen;
  auto add = [&](const check::ManifestItem& item, bool in_spine) {
    if (item.media_type != "application/xhtml+xml" || item.path == book->nav_path) return;
    if (!seen.insert(item.path).second) return;
    book->documents.push_back({item.path, LabelOf(*book, item.path), in_spine,
                               package.archive.Find(item.path)});
  };
  for (const check::ManifestItem* item : package.ReadingOrder()) add(*item, true);
  for (const check::ManifestItem& item : package.manifest) add(item, false);
}

Error NotAnEpub(const std::string& name, const check::EpubArchive& archive, std::string what) {
  std::string message = "a ZIP archive, but not an EPUB: " + what;
  if (const std::string* mimetype = archive.Find("mimetype"); mimetype && *mimetype != kEpubMediaType) {
    message += " (its mimetype file says \"" + mimetype->substr(0, 80) + "\")";
  }
  return IoError(name, std::move(message),
                 "give an EPUB (galley epub makes one), a layout record or a title folder");
}

}  // namespace

std::string EpubBook::PageBefore(size_t index) const {
  std::map<std::string, size_t> position;
  for (size_t i = 0; i < documents.size(); ++i) position.emplace(documents[i].path, i);
  std::string page;
  for (const NavigationList& list : navigation) {
    if (list.name != "page-list") continue;
    for (const NavigationItem& item : list.items) {
      auto it = position.find(PathOf(item.target));
      if (it != position.end() && it->second < index) page = item.label;
    }
  }
  return page;
}

const std::string* EpubBook::File(const std::string& path) const {
  return package->archive.Find(path);
}

Result<EpubBook> ReadEpubBook(std::string bytes, std::string name) {
  Result<check::EpubArchive> archive = check::EpubArchive::Open(std::move(bytes), name);
  if (!archive.ok()) return archive.take_error();
  std::vector<check::Finding> findings;
  EpubBook book;
  book.name = std::move(name);
  book.package = check::LoadPackage(std::move(archive).value(), &findings);
  const check::Package& package = *book.package;
  if (!findings.empty()) {
    Error error = findings.front().error;
    error.hint = "run `galley check " + book.name + "`; a proof needs every package file to parse";
    return error;
  }
  if (!package.archive.Contains(check::kContainerPath)) {
    return NotAnEpub(book.name, package.archive, "it has no META-INF/container.xml");
  }
  if (package.opf == nullptr) {
    return NotAnEpub(book.name, package.archive,
                     "its container names no package document it holds (\"" +
                         package.opf_path + "\")");
  }
  for (const check::ManifestItem& item : package.manifest) {
    if (item.HasProperty("nav") && book.nav_path.empty()) book.nav_path = item.path;
    if (item.media_type == "application/x-dtbncx+xml" && book.ncx_path.empty()) {
      book.ncx_path = item.path;
    }
  }
  for (const check::MetadataEntry& entry : package.metadata) {
    book.metadata.push_back({entry.name, entry.refines, entry.value});
    if (entry.name == "dc:title" && book.title.empty()) book.title = entry.value;
  }
  book.navigation = ReadNavigation(package.nav);
  CollectDocuments(&book);
  for (const ContentDocument& document : book.documents) {
    if (document.bytes == nullptr) {
      return InputError({book.name, {}},
                        "its manifest lists " + document.path + ", which the container does not hold",
                        "run `galley check " + book.name + "`; a proof needs every content document");
    }
  }
  return book;
}

}  // namespace galley::proof
