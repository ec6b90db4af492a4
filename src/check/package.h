// The parsed package every check reads: the archive, its XML files, and the package document's
// metadata, manifest and spine, with the navigation's page-lists (EPUB 3.3 §5, Package
// document; §7, Navigation document; the NCX of OPF 2.0.1 §2.4.1).
//
// Loading never stops at the first problem: a file that is missing or not well-formed is simply
// absent from the model, and the check that owns the rule reports it. Only well-formedness is
// reported while loading (check "xml").
#pragma once

#include <map>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "check/epub_archive.h"
#include "check/finding.h"
#include "check/link_target.h"
#include "check/xml_file.h"

namespace galley::check {

inline constexpr const char* kContainerPath = "META-INF/container.xml";

struct ManifestItem {
  std::string id;
  std::string href;  // as written
  std::string path;  // container path it resolves to
  std::string media_type;
  std::string properties;  // space-separated, as written
  std::string fallback;
  pugi::xml_node node;

  bool HasProperty(std::string_view property) const { return HasToken(properties, property); }
};

struct SpineItem {
  std::string idref;
  bool linear = true;
  pugi::xml_node node;
};

// A dc:* element, or a <meta property="…"> (name = the property, "dcterms:modified").
struct MetadataEntry {
  std::string name;
  std::string value;  // trimmed text
  std::string id;
  std::string refines;
  pugi::xml_node node;
};

// One link of a page-list (nav <a href> or NCX <content src>) and where it points.
struct NavEntry {
  const XmlFile* file = nullptr;
  pugi::xml_node node;
  std::string href;
  LinkTarget target;
  std::string label;
};

struct Package {
  EpubArchive archive;
  std::map<std::string, XmlFile, std::less<>> xml_files;  // every parsed file, by path

  const XmlFile* container = nullptr;  // META-INF/container.xml, when well-formed
  pugi::xml_node rootfile;             // its first <rootfile>
  std::string opf_path;                // the rootfile's full-path
  const XmlFile* opf = nullptr;        // the package document, when present and well-formed

  std::string version;            // package@version
  std::string unique_identifier;  // package@unique-identifier
  pugi::xml_node metadata_node;
  std::vector<MetadataEntry> metadata;
  pugi::xml_node manifest_node;
  std::vector<ManifestItem> manifest;
  pugi::xml_node spine_node;
  std::vector<SpineItem> spine;

  const XmlFile* nav = nullptr;  // the item with properties="nav", when well-formed
  pugi::xml_node page_list_nav;  // its <nav epub:type="page-list">, if any
  std::vector<NavEntry> page_list;
  const XmlFile* ncx = nullptr;  // the NCX, when there is one and it is well-formed
  pugi::xml_node ncx_page_list_node;
  std::vector<NavEntry> ncx_page_list;

  const ManifestItem* ItemById(std::string_view id) const;
  const ManifestItem* ItemByPath(std::string_view path) const;
  // The parsed file at `path`, or nullptr when absent or not well-formed.
  const XmlFile* Xml(std::string_view path) const;
  // Where a finding about metadata as a whole points: <metadata>, else <package>.
  pugi::xml_node MetadataElement() const;
  // The well-formed XHTML documents of the manifest (the nav included), in manifest order.
  std::vector<const XmlFile*> XhtmlDocuments() const;
  // The spine's documents that exist in the manifest, in reading order.
  std::vector<const ManifestItem*> ReadingOrder() const;
  // Metadata entries named `name` ("dc:language", "schema:accessibilityFeature").
  std::vector<const MetadataEntry*> Meta(std::string_view name) const;
};

// Builds the model from `archive`, reporting files that are not well-formed to `findings`.
std::unique_ptr<Package> LoadPackage(EpubArchive archive, std::vector<Finding>* findings);

// XHTML, SVG and NCX: the media types whose files are parsed and whose ids links may target.
bool IsXmlMediaType(std::string_view media_type);

}  // namespace galley::check
