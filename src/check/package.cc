#include "check/package.h"

namespace galley::check {
namespace {

// First child element whose local name is `name` (the OPF may use a prefix: <opf:item>).
pugi::xml_node Child(pugi::xml_node parent, std::string_view name) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && LocalName(child.name()) == name) return child;
  }
  return {};
}

std::string Trimmed(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

const XmlFile* ParseEntry(Package* package, const std::string& path, Reporter* reporter) {
  const std::string* text = package->archive.Find(path);
  if (text == nullptr) return nullptr;
  auto [it, inserted] = package->xml_files.try_emplace(path);
  if (inserted) ParseXml(path, text, &it->second, reporter);
  return it->second.well_formed ? &it->second : nullptr;
}

void LoadContainer(Package* package, Reporter* reporter) {
  package->container = ParseEntry(package, kContainerPath, reporter);
  if (package->container == nullptr) return;
  pugi::xml_node rootfiles = Child(package->container->doc.document_element(), "rootfiles");
  package->rootfile = Child(rootfiles, "rootfile");
  // full-path is a plain path from the container root, not a URL (EPUB 3.3, OCF container.xml).
  package->opf_path = package->rootfile.attribute("full-path").value();
  if (!package->opf_path.empty()) package->opf = ParseEntry(package, package->opf_path, reporter);
}

void LoadMetadata(Package* package, pugi::xml_node metadata) {
  for (pugi::xml_node node : metadata.children()) {
    if (node.type() != pugi::node_element) continue;
    MetadataEntry entry;
    std::string_view name = node.name();
    if (name.starts_with("dc:")) {
      entry.name = std::string(name);
    } else if (LocalName(name) == "meta" && node.attribute("property")) {
      entry.name = node.attribute("property").value();
    } else {
      continue;  // EPUB 2 <meta name content>, <link>: not used by the checks
    }
    entry.value = Trimmed(node.text().get());
    entry.id = node.attribute("id").value();
    entry.refines = node.attribute("refines").value();
    entry.node = node;
    package->metadata.push_back(std::move(entry));
  }
}

void LoadManifestAndSpine(Package* package) {
  pugi::xml_node root = package->opf->doc.document_element();
  package->version = root.attribute("version").value();
  package->unique_identifier = root.attribute("unique-identifier").value();
  package->metadata_node = Child(root, "metadata");
  LoadMetadata(package, package->metadata_node);
  package->manifest_node = Child(root, "manifest");
  for (pugi::xml_node node : package->manifest_node.children()) {
    if (node.type() != pugi::node_element || LocalName(node.name()) != "item") continue;
    ManifestItem item;
    item.id = node.attribute("id").value();
    item.href = node.attribute("href").value();
    item.path = ResolveLink(package->opf_path, item.href).path;
    item.media_type = node.attribute("media-type").value();
    item.properties = node.attribute("properties").value();
    item.fallback = node.attribute("fallback").value();
    item.node = node;
    package->manifest.push_back(std::move(item));
  }
  package->spine_node = Child(root, "spine");
  for (pugi::xml_node node : package->spine_node.children()) {
    if (node.type() != pugi::node_element || LocalName(node.name()) != "itemref") continue;
    package->spine.push_back(SpineItem{node.attribute("idref").value(),
                                       std::string_view(node.attribute("linear").value()) != "no",
                                       node});
  }
}

std::vector<NavEntry> NavLinks(const XmlFile* file, pugi::xml_node nav) {
  std::vector<NavEntry> entries;
  for (pugi::xml_node node = nav; node; node = NextInDocumentOrder(node, nav)) {
    if (node.type() != pugi::node_element || LocalName(node.name()) != "a") continue;
    if (!node.attribute("href")) continue;
    std::string href = node.attribute("href").value();
    entries.push_back(
        NavEntry{file, node, href, ResolveLink(file->path, href), CollapsedText(node)});
  }
  return entries;
}

void LoadNavigation(Package* package) {
  for (const ManifestItem& item : package->manifest) {
    if (item.HasProperty("nav") && package->nav == nullptr) package->nav = package->Xml(item.path);
    if (item.media_type == "application/x-dtbncx+xml" && package->ncx == nullptr) {
      package->ncx = package->Xml(item.path);
    }
  }
  if (const XmlFile* nav = package->nav) {
    pugi::xml_node root = nav->doc.document_element();
    for (pugi::xml_node node = root; node; node = NextInDocumentOrder(node, root)) {
      if (node.type() != pugi::node_element || LocalName(node.name()) != "nav") continue;
      pugi::xml_attribute type = NamespacedAttribute(node, kOpsNamespace, "type");
      if (HasToken(type.value(), "page-list")) {
        package->page_list_nav = node;
        package->page_list = NavLinks(nav, node);
        break;
      }
    }
  }
  if (const XmlFile* ncx = package->ncx) {
    package->ncx_page_list_node = Child(ncx->doc.document_element(), "pageList");
    for (pugi::xml_node target : package->ncx_page_list_node.children("pageTarget")) {
      pugi::xml_node content = target.child("content");
      std::string src = content.attribute("src").value();
      package->ncx_page_list.push_back(
          NavEntry{ncx, content, src, ResolveLink(ncx->path, src),
                   CollapsedText(target.child("navLabel").child("text"))});
    }
  }
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool IsXmlFileName(std::string_view name) {
  for (std::string_view extension : {".xml", ".opf", ".xhtml", ".ncx", ".svg"}) {
    if (EndsWith(name, extension)) return true;
  }
  return false;
}

}  // namespace

bool IsXmlMediaType(std::string_view media_type) {
  return media_type == "application/xhtml+xml" || media_type == "image/svg+xml" ||
         media_type == "application/x-dtbncx+xml";
}

std::unique_ptr<Package> LoadPackage(EpubArchive archive, std::vector<Finding>* findings) {
  auto package = std::make_unique<Package>();
  package->archive = std::move(archive);
  Reporter reporter("xml", package->archive.name(), findings);
  LoadContainer(package.get(), &reporter);
  if (package->opf == nullptr) return package;
  LoadManifestAndSpine(package.get());
  for (const ManifestItem& item : package->manifest) {
    if (IsXmlMediaType(item.media_type)) ParseEntry(package.get(), item.path, &reporter);
  }
  // Every other XML file of the container too (META-INF's, say): a reading system that reads
  // one that is not well-formed may refuse the book.
  for (const ArchiveEntry& entry : package->archive.entries()) {
    if (IsXmlFileName(entry.name)) ParseEntry(package.get(), entry.name, &reporter);
  }
  LoadNavigation(package.get());
  return package;
}

const ManifestItem* Package::ItemById(std::string_view id) const {
  for (const ManifestItem& item : manifest) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

const ManifestItem* Package::ItemByPath(std::string_view path) const {
  for (const ManifestItem& item : manifest) {
    if (item.path == path) return &item;
  }
  return nullptr;
}

const XmlFile* Package::Xml(std::string_view path) const {
  auto it = xml_files.find(path);
  return it != xml_files.end() && it->second.well_formed ? &it->second : nullptr;
}

pugi::xml_node Package::MetadataElement() const {
  return metadata_node ? metadata_node : opf->doc.document_element();
}

std::vector<const XmlFile*> Package::XhtmlDocuments() const {
  std::vector<const XmlFile*> documents;
  for (const ManifestItem& item : manifest) {
    const XmlFile* file = item.media_type == "application/xhtml+xml" ? Xml(item.path) : nullptr;
    if (file != nullptr) documents.push_back(file);
  }
  return documents;
}

std::vector<const ManifestItem*> Package::ReadingOrder() const {
  std::vector<const ManifestItem*> order;
  for (const SpineItem& itemref : spine) {
    if (const ManifestItem* item = ItemById(itemref.idref)) order.push_back(item);
  }
  return order;
}

std::vector<const MetadataEntry*> Package::Meta(std::string_view name) const {
  std::vector<const MetadataEntry*> entries;
  for (const MetadataEntry& entry : metadata) {
    if (entry.name == name) entries.push_back(&entry);
  }
  return entries;
}

}  // namespace galley::check
