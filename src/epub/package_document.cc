#include "epub/package_document.h"

#include <pugixml.hpp>

#include "epub/package_layout.h"
#include "epub/xhtml_page.h"
#include "model/print_edition.h"

namespace galley::epub {

namespace {

constexpr const char* kIdentifierId = "pub-id";

pugi::xml_node AppendDc(pugi::xml_node metadata, const char* name, const std::string& value) {
  pugi::xml_node element = metadata.append_child((std::string("dc:") + name).c_str());
  element.append_child(pugi::node_pcdata).set_value(value.c_str());
  return element;
}

void AppendMeta(pugi::xml_node metadata, const std::string& property, const std::string& value,
                const std::string& refines = {}, const char* scheme = nullptr) {
  pugi::xml_node meta = metadata.append_child("meta");
  if (!refines.empty()) meta.append_attribute("refines") = ("#" + refines).c_str();
  meta.append_attribute("property") = property.c_str();
  if (scheme != nullptr) meta.append_attribute("scheme") = scheme;
  meta.append_child(pugi::node_pcdata).set_value(value.c_str());
}

void AppendTitles(pugi::xml_node metadata, const model::Metadata& book) {
  AppendDc(metadata, "title", book.title).append_attribute("id") = "title";
  if (book.subtitle.empty()) return;
  AppendMeta(metadata, "title-type", "main", "title");
  AppendDc(metadata, "title", book.subtitle).append_attribute("id") = "subtitle";
  AppendMeta(metadata, "title-type", "subtitle", "subtitle");
}

// Authors are creators; translators, editors and others are contributors (EPUB 3.3
// §5.5.3.2.6), each with its MARC relator role and sort form.
void AppendContributors(pugi::xml_node metadata, const model::Metadata& book) {
  int count = 0;
  for (const model::Contributor& contributor : book.creators) {
    std::string role = contributor.role.empty() ? "aut" : contributor.role;
    std::string id = "creator-" + std::to_string(++count);
    pugi::xml_node element =
        AppendDc(metadata, role == "aut" ? "creator" : "contributor", contributor.name);
    element.append_attribute("id") = id.c_str();
    if (!contributor.file_as.empty()) AppendMeta(metadata, "file-as", contributor.file_as, id);
    AppendMeta(metadata, "role", role, id, "marc:relators");
  }
}

void AppendMetadata(pugi::xml_node package, const PackageContents& contents) {
  const model::Metadata& book = *contents.metadata;
  pugi::xml_node metadata = package.append_child("metadata");
  metadata.append_attribute("xmlns:dc") = kDcNamespace;
  AppendDc(metadata, "identifier", contents.identifier).append_attribute("id") = kIdentifierId;
  AppendTitles(metadata, book);
  AppendContributors(metadata, book);
  AppendDc(metadata, "language", book.language);
  if (!book.publisher.empty()) AppendDc(metadata, "publisher", book.publisher);
  std::string edition = PrintEdition(book);
  if (!edition.empty()) {
    AppendDc(metadata, "source", edition).append_attribute("id") = "source";
    if (contents.has_page_list) AppendMeta(metadata, "source-of", "pagination", "source");
  }
  if (!book.date.empty()) AppendDc(metadata, "date", book.date);
  if (!book.rights.empty()) AppendDc(metadata, "rights", book.rights);
  if (!book.description.empty()) AppendDc(metadata, "description", book.description);
  for (const std::string& subject : book.subjects) AppendDc(metadata, "subject", subject);
  AppendMeta(metadata, "dcterms:modified", contents.modified);
  for (const MetaProperty& property : contents.accessibility) {
    AppendMeta(metadata, property.property, property.value);
  }
  if (!contents.cover_image_id.empty()) {
    pugi::xml_node cover = metadata.append_child("meta");
    cover.append_attribute("name") = "cover";
    cover.append_attribute("content") = contents.cover_image_id.c_str();
  }
}

}  // namespace

std::string PrintEdition(const model::Metadata& metadata) {
  if (metadata.source.empty()) return {};
  model::SourceEditions editions = model::SplitSource(metadata);
  if (!editions.date_after_first) return metadata.source;
  return editions.first + " (" + metadata.source_date + ")" + editions.rest;
}

std::string PackageDocument(const PackageContents& contents) {
  pugi::xml_document document;
  AppendXmlDeclaration(document);
  pugi::xml_node package = document.append_child("package");
  package.append_attribute("xmlns") = kOpfNamespace;
  package.append_attribute("version") = "3.0";
  package.append_attribute("unique-identifier") = kIdentifierId;
  package.append_attribute("xml:lang") = contents.metadata->language.c_str();
  AppendMetadata(package, contents);

  pugi::xml_node manifest = package.append_child("manifest");
  for (const ManifestItem& item : contents.manifest) {
    pugi::xml_node element = manifest.append_child("item");
    element.append_attribute("id") = item.id.c_str();
    element.append_attribute("href") = item.href.c_str();
    element.append_attribute("media-type") = item.media_type.c_str();
    if (!item.properties.empty()) element.append_attribute("properties") = item.properties.c_str();
  }
  pugi::xml_node spine = package.append_child("spine");
  if (!contents.ncx_id.empty()) spine.append_attribute("toc") = contents.ncx_id.c_str();
  for (const std::string& idref : contents.spine) {
    spine.append_child("itemref").append_attribute("idref") = idref.c_str();
  }
  return SerializeXml(document, /*indent=*/true);
}

std::string ContainerXml() {
  pugi::xml_document document;
  AppendXmlDeclaration(document);
  pugi::xml_node container = document.append_child("container");
  container.append_attribute("version") = "1.0";
  container.append_attribute("xmlns") = "urn:oasis:names:tc:opendocument:xmlns:container";
  pugi::xml_node rootfile = container.append_child("rootfiles").append_child("rootfile");
  rootfile.append_attribute("full-path") = kPackageDocumentPath;
  rootfile.append_attribute("media-type") = "application/oebps-package+xml";
  return SerializeXml(document, /*indent=*/true);
}

std::string AppleDisplayOptionsXml() {
  pugi::xml_document document;
  AppendXmlDeclaration(document);
  pugi::xml_node platform = document.append_child("display_options").append_child("platform");
  platform.append_attribute("name") = "*";
  pugi::xml_node option = platform.append_child("option");
  option.append_attribute("name") = "specified-fonts";
  option.text() = "true";
  return SerializeXml(document, /*indent=*/true);
}

}  // namespace galley::epub
