// The package document and the accessibility claims derived from what the book holds.
#include "epub/package_document.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "epub/accessibility_metadata.h"
#include "epub_test_support.h"

namespace galley::epub {
namespace {

using namespace testing;

std::vector<std::string> Values(const std::vector<MetaProperty>& properties, const std::string& name) {
  std::vector<std::string> values;
  for (const MetaProperty& property : properties) {
    if (property.property == name) values.push_back(property.value);
  }
  return values;
}

BookFacts PamphletFacts() {
  BookFacts facts;
  facts.headings = 9;
  facts.page_targets = 2;
  facts.page_source = "Solidarity pamphlet (1961)";
  facts.images = 1;
  facts.images_with_alt = 1;
  return facts;
}

TEST(AccessibilityMetadataTest, ClaimsWhatThePamphletHas) {
  std::vector<MetaProperty> properties = AccessibilityMetadata(PamphletFacts(), "Solidarity");
  EXPECT_EQ(Values(properties, "dcterms:conformsTo"),
            std::vector<std::string>{"EPUB Accessibility 1.1 - WCAG 2.1 Level AA"});
  EXPECT_EQ(Values(properties, "a11y:certifiedBy"), std::vector<std::string>{"Solidarity"});
  EXPECT_EQ(Values(properties, "schema:accessMode"), (std::vector<std::string>{"textual", "visual"}));
  EXPECT_EQ(Values(properties, "schema:accessModeSufficient"), std::vector<std::string>{"textual"});
  EXPECT_EQ(Values(properties, "schema:accessibilityFeature"),
            (std::vector<std::string>{"tableOfContents", "readingOrder", "displayTransformability",
                                      "structuralNavigation", "pageBreakMarkers", "pageNavigation",
                                      "alternativeText"}));
  EXPECT_EQ(Values(properties, "schema:accessibilityHazard"), std::vector<std::string>{"none"});
  std::string summary = Values(properties, "schema:accessibilitySummary").at(0);
  EXPECT_NE(summary.find("two page numbers of the print edition, Solidarity pamphlet (1961)"),
            std::string::npos)
      << summary;
}

TEST(AccessibilityMetadataTest, NoPageClaimsWithoutAPageList) {
  BookFacts facts = PamphletFacts();
  facts.page_targets = 0;
  std::vector<std::string> features = Values(AccessibilityMetadata(facts, ""), "schema:accessibilityFeature");
  EXPECT_EQ(std::count(features.begin(), features.end(), "pageBreakMarkers"), 0);
  EXPECT_EQ(std::count(features.begin(), features.end(), "printPageNumbers"), 0);
  EXPECT_EQ(std::count(features.begin(), features.end(), "pageNavigation"), 0);
  EXPECT_EQ(AccessibilitySummary(facts).find("page"), std::string::npos);
}

TEST(AccessibilityMetadataTest, NoAlternativeTextOrConformanceWhenAnImageLacksIt) {
  BookFacts facts = PamphletFacts();
  facts.images = 2;
  std::vector<MetaProperty> properties = AccessibilityMetadata(facts, "Solidarity");
  std::vector<std::string> features = Values(properties, "schema:accessibilityFeature");
  EXPECT_EQ(std::count(features.begin(), features.end(), "alternativeText"), 0);
  EXPECT_TRUE(Values(properties, "dcterms:conformsTo").empty());
  EXPECT_EQ(Values(properties, "schema:accessModeSufficient"), std::vector<std::string>{"textual,visual"});
}

TEST(AccessibilityMetadataTest, TextOnlyBookHasNoVisualMode) {
  BookFacts facts = PamphletFacts();
  facts.images = facts.images_with_alt = 0;
  facts.headings = 0;
  std::vector<MetaProperty> properties = AccessibilityMetadata(facts, "");
  EXPECT_EQ(Values(properties, "schema:accessMode"), std::vector<std::string>{"textual"});
  std::vector<std::string> features = Values(properties, "schema:accessibilityFeature");
  EXPECT_EQ(std::count(features.begin(), features.end(), "structuralNavigation"), 0);
  EXPECT_TRUE(Values(properties, "a11y:certifiedBy").empty());
  EXPECT_NE(AccessibilitySummary(facts).find("no images"), std::string::npos);
}

PackageContents Contents(const model::Metadata* metadata) {
  PackageContents contents;
  contents.metadata = metadata;
  contents.identifier = "urn:uuid:1234";
  contents.modified = "2024-03-18T00:00:00Z";
  contents.accessibility = AccessibilityMetadata(PamphletFacts(), "Solidarity");
  contents.manifest = {{"nav", "nav.xhtml", "application/xhtml+xml", "nav"},
                       {"cover-image", "images/cover.png", "image/png", "cover-image"},
                       {"k", "text/k.xhtml", "application/xhtml+xml", ""}};
  contents.spine = {"nav", "k"};
  contents.ncx_id = "ncx";
  contents.cover_image_id = "cover-image";
  contents.has_page_list = true;
  return contents;
}

TEST(PackageDocumentTest, TheSourceDateFollowsTheEditionItBelongsTo) {
  model::Metadata metadata;
  metadata.source = "Solidarity pamphlet, reprinted from Solidarity; first published in Politics";
  metadata.source_date = "1961";
  EXPECT_EQ(PrintEdition(metadata),
            "Solidarity pamphlet, reprinted from Solidarity (1961); first published in Politics");
  metadata.source = "Kurt Wolff Verlag, Leipzig, 1917; Project Gutenberg eBook #22367";
  metadata.source_date = "1917";  // the edition's own phrase holds it already
  EXPECT_EQ(PrintEdition(metadata), metadata.source);
  metadata.source = "Solidarity pamphlet";
  metadata.source_date = "1961";
  EXPECT_EQ(PrintEdition(metadata), "Solidarity pamphlet (1961)");
  metadata.source_date.clear();
  EXPECT_EQ(PrintEdition(metadata), "Solidarity pamphlet");
}

TEST(PackageDocumentTest, MetadataFromTheFrontMatter) {
  model::Metadata metadata = BookMetadata();
  metadata.subjects = {"History", "Russia"};
  metadata.creators.push_back({"Tom Turner", "", "trl"});
  pugi::xml_document opf;
  ParseXml(PackageDocument(Contents(&metadata)), &opf);
  EXPECT_EQ(Select(opf, "/package/@version"), std::vector<std::string>{"3.0"});
  EXPECT_EQ(Select(opf, "/package/@unique-identifier"), std::vector<std::string>{"pub-id"});
  EXPECT_EQ(Select(opf, "//dc:identifier[@id='pub-id']"), std::vector<std::string>{"urn:uuid:1234"});
  EXPECT_EQ(Select(opf, "//dc:title"), std::vector<std::string>{"Kronstadt 21"});
  EXPECT_EQ(Select(opf, "//dc:creator"), std::vector<std::string>{"Victor Serge"});
  EXPECT_EQ(Select(opf, "//meta[@refines='#creator-1'][@property='file-as']"),
            std::vector<std::string>{"Serge, Victor"});
  EXPECT_EQ(Select(opf, "//meta[@refines='#creator-1'][@property='role']"), std::vector<std::string>{"aut"});
  EXPECT_EQ(Select(opf, "//meta[@refines='#creator-1'][@property='role']/@scheme"),
            std::vector<std::string>{"marc:relators"});
  EXPECT_EQ(Select(opf, "//dc:contributor"), std::vector<std::string>{"Tom Turner"});
  EXPECT_EQ(Select(opf, "//meta[@refines='#creator-2'][@property='role']"), std::vector<std::string>{"trl"});
  EXPECT_EQ(Select(opf, "//dc:language"), std::vector<std::string>{"en-US"});
  EXPECT_EQ(Select(opf, "//dc:publisher"), std::vector<std::string>{"Solidarity"});
  EXPECT_EQ(Select(opf, "//dc:source"), std::vector<std::string>{"Solidarity pamphlet (1961)"});
  EXPECT_EQ(Select(opf, "//meta[@refines='#source'][@property='source-of']"),
            std::vector<std::string>{"pagination"});
  EXPECT_EQ(Select(opf, "//dc:date"), std::vector<std::string>{"2024-03-18"});
  EXPECT_EQ(Select(opf, "//dc:rights"), std::vector<std::string>{"Public domain"});
  EXPECT_EQ(Select(opf, "//dc:subject"), (std::vector<std::string>{"History", "Russia"}));
  EXPECT_EQ(Select(opf, "//meta[@property='dcterms:modified']"),
            std::vector<std::string>{"2024-03-18T00:00:00Z"});
  EXPECT_EQ(Select(opf, "//meta[@property='schema:accessibilityHazard']"), std::vector<std::string>{"none"});
  EXPECT_EQ(Select(opf, "//meta[@name='cover']/@content"), std::vector<std::string>{"cover-image"});
}

TEST(PackageDocumentTest, SubtitleIsASecondTitleWithItsType) {
  model::Metadata metadata = BookMetadata();
  metadata.subtitle = "The Revolt";
  pugi::xml_document opf;
  ParseXml(PackageDocument(Contents(&metadata)), &opf);
  EXPECT_EQ(Select(opf, "//dc:title"), (std::vector<std::string>{"Kronstadt 21", "The Revolt"}));
  EXPECT_EQ(Select(opf, "//meta[@property='title-type']"), (std::vector<std::string>{"main", "subtitle"}));
}

TEST(PackageDocumentTest, ManifestAndSpine) {
  model::Metadata metadata = BookMetadata();
  pugi::xml_document opf;
  ParseXml(PackageDocument(Contents(&metadata)), &opf);
  EXPECT_EQ(Select(opf, "//manifest/item/@href"),
            (std::vector<std::string>{"nav.xhtml", "images/cover.png", "text/k.xhtml"}));
  EXPECT_EQ(Select(opf, "//manifest/item[@id='cover-image']/@properties"),
            std::vector<std::string>{"cover-image"});
  EXPECT_EQ(Select(opf, "//spine/@toc"), std::vector<std::string>{"ncx"});
  EXPECT_EQ(Select(opf, "//spine/itemref/@idref"), (std::vector<std::string>{"nav", "k"}));
}

TEST(PackageDocumentTest, NoSourceWithoutOne) {
  model::Metadata metadata = BookMetadata();
  metadata.source.clear();
  PackageContents contents = Contents(&metadata);
  contents.has_page_list = false;
  pugi::xml_document opf;
  ParseXml(PackageDocument(contents), &opf);
  EXPECT_TRUE(Select(opf, "//dc:source").empty());
  EXPECT_TRUE(Select(opf, "//meta[@property='source-of']").empty());
}

TEST(PackageDocumentTest, ContainerPointsAtThePackage) {
  pugi::xml_document container;
  ParseXml(ContainerXml(), &container);
  EXPECT_EQ(Select(container, "//rootfile/@full-path"), std::vector<std::string>{"EPUB/package.opf"});
  EXPECT_EQ(Select(container, "//rootfile/@media-type"),
            std::vector<std::string>{"application/oebps-package+xml"});
}

}  // namespace
}  // namespace galley::epub
