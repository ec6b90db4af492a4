#include "epub/epub_writer.h"

#include "epub/accessibility_metadata.h"
#include "epub/content_cache.h"
#include "epub/content_documents.h"
#include "epub/cover_image.h"
#include "epub/font_embedding.h"
#include "model/book_words.h"
#include "model/front_matter_location.h"
#include "epub/front_pages.h"
#include "epub/imprint_page.h"
#include "epub/modification_time.h"
#include "epub/navigation_document.h"
#include "epub/ncx_document.h"
#include "epub/package_document.h"
#include "epub/package_layout.h"
#include "epub/stylesheet.h"
#include "epub/xml_text.h"
#include "epub/zip_container.h"
#include "manuscript/language_tag.h"

namespace galley::epub {

namespace {

constexpr const char* kXhtmlType = "application/xhtml+xml";

// Manifest ids and file stems of the items that are not content documents.
const std::vector<std::string>& ReservedNames() {
  static const std::vector<std::string> names = {
      "cover", "title-page", "imprint", "nav", "ncx", "css", "cover-image",
      "font-regular", "font-italic", "font-bold"};
  return names;
}

// Every front-matter value goes into the package document, and most into XHTML too: none may
// hold a character XML forbids. The error points into the value's line (the first one, for a
// key given more than once).
Status RequireXmlMetadata(const model::Document& document) {
  const model::Metadata& metadata = document.metadata;
  std::vector<std::pair<const char*, const std::string*>> values = {
      {"title", &metadata.title},         {"subtitle", &metadata.subtitle},
      {"language", &metadata.language},   {"publisher", &metadata.publisher},
      {"source", &metadata.source},       {"source-date", &metadata.source_date},
      {"date", &metadata.date},           {"rights", &metadata.rights},
      {"identifier", &metadata.identifier}, {"description", &metadata.description}};
  for (const model::Contributor& creator : metadata.creators) {
    const char* key = creator.role == "trl" ? "translator" : "author";
    values.push_back({key, &creator.name});
    values.push_back({"author-file-as", &creator.file_as});
  }
  for (const std::string& subject : metadata.subjects) values.push_back({"subject", &subject});
  for (const auto& [key, value] : values) {
    GALLEY_RETURN_IF_ERROR(RequireXmlText(*value, model::FrontMatterLocation(document, key),
                                          std::string("the front matter's ") + key));
  }
  return Status::Ok();
}

// What EPUB 3.3 §5.5.3 requires of the metadata, and what the rest of the package relies on.
Status CheckMetadata(const model::Document& document) {
  const model::Metadata& metadata = document.metadata;
  if (metadata.title.empty()) {
    return InputError(model::FrontMatterLocation(document, "title"), "the book has no title",
                      "add a line `title: …` to the front matter");
  }
  if (metadata.language.empty()) {
    return InputError(model::FrontMatterLocation(document, "language"), "the book has no language",
                      "add a line such as `language: en-US` to the front matter");
  }
  GALLEY_RETURN_IF_ERROR(RequireXmlMetadata(document));
  std::string problem = manuscript::LanguageTagProblem(metadata.language);
  if (!problem.empty()) {
    return InputError(model::FrontMatterLocation(document, "language"), problem,
                      "use a BCP 47 tag such as `en-US`, `en-GB` or `fr`");
  }
  return Status::Ok();
}

// The text face's credit for the imprint; a missing file is left to EmbedFonts to report.
Result<fonts::FontCredit> ReadCredit(const FileSystem& fs, const std::string& path) {
  if (!fs.Exists(path)) return fonts::FontCredit();
  Result<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) return bytes.take_error();
  return fonts::ReadFontCredit(*bytes);
}

std::string ManifestIdOf(const EmbeddedFont& font) {
  return font.bold ? "font-bold" : font.italic ? "font-italic" : "font-regular";
}

std::vector<Landmark> Landmarks(const ContentBook& content, const model::BookWords& words) {
  std::vector<Landmark> landmarks = {
      {"cover", words.Get("cover"), kCoverPageHref},
      {"titlepage", words.Get("landmark.title-page"), kTitlePageHref},
      {"toc", words.Get("contents"), std::string(kNavHref) + "#toc"}};
  for (const ContentDocument& file : content.documents) {
    if (file.kind == model::DivisionKind::kBody) {
      landmarks.push_back({"bodymatter", words.Get("landmark.start-of-text"), file.href});
      break;
    }
  }
  for (const ContentDocument& file : content.documents) {
    if (file.kind == model::DivisionKind::kBack && file.role == "colophon") {
      landmarks.push_back({"colophon", words.Get("landmark.colophon"), file.href});
      break;
    }
  }
  return landmarks;
}

// Every part of the book, made and in package order.
struct BookParts {
  ContentBook content;
  CoverImage cover;
  std::string cover_page, title_page, imprint_page, nav, ncx, css;  // imprint_page may be empty
  std::vector<EmbeddedFont> fonts;
};

std::string PackageXml(const model::Document& document, const BookParts& parts,
                       const UtcTime& modified) {
  const model::Metadata& metadata = document.metadata;
  PackageContents package;
  package.metadata = &metadata;
  package.identifier = model::StableIdentifier(metadata);
  package.modified = modified.ToW3c();
  BookFacts facts;
  facts.headings = parts.content.headings;
  facts.notes = parts.content.notes;
  facts.page_targets = static_cast<int>(parts.content.pages.size());
  facts.page_source = PrintEdition(metadata);
  facts.images = 1;  // the cover, whose page gives it alt text (front_pages.cc)
  facts.images_with_alt = CoverAltText(metadata).empty() ? 0 : 1;
  package.accessibility =
      AccessibilityMetadata(facts, metadata.publisher, model::BookWords::For(metadata));

  package.manifest = {{"nav", kNavHref, kXhtmlType, "nav"},
                      {"ncx", kNcxHref, "application/x-dtbncx+xml", ""},
                      {"css", kStylesheetHref, "text/css", ""}};
  for (const EmbeddedFont& font : parts.fonts) {
    package.manifest.push_back({ManifestIdOf(font), font.href, font.media_type, ""});
  }
  package.manifest.push_back({"cover-image", kImageDir + parts.cover.file_name,
                              parts.cover.media_type, "cover-image"});
  package.manifest.push_back({"cover", kCoverPageHref, kXhtmlType, ""});
  package.manifest.push_back({"title-page", kTitlePageHref, kXhtmlType, ""});
  package.spine = {"cover", "title-page"};
  if (!parts.imprint_page.empty()) {
    package.manifest.push_back({"imprint", kImprintPageHref, kXhtmlType, ""});
    package.spine.push_back("imprint");
  }
  // The contents page follows the title page and its imprint: the landmarks link to it, and
  // epubcheck (RSC-011) wants every link's target in the spine.
  package.spine.push_back("nav");
  for (const ContentDocument& file : parts.content.documents) {
    package.manifest.push_back({file.manifest_id, file.href, kXhtmlType, ""});
    package.spine.push_back(file.manifest_id);
  }
  package.ncx_id = "ncx";
  package.cover_image_id = "cover-image";
  package.has_page_list = !parts.content.pages.empty();
  return PackageDocument(package);
}

Result<std::string> Archive(const model::Document& document, BookParts parts,
                            const UtcTime& modified) {
  std::string package = PackageXml(document, parts, modified);
  ZipContainer zip("application/epub+zip", {modified.year, modified.month, modified.day});
  // Every XML file passes the one gate on its way into the container (xml_text.h).
  Status well_formed;
  auto add_xml = [&](std::string path, std::string xml) {
    if (well_formed.ok()) well_formed = RequireXmlEntry(path, xml);
    zip.Add(std::move(path), std::move(xml));
  };
  const std::string dir = kPackageDir;
  add_xml(kContainerXmlPath, ContainerXml());
  add_xml(kAppleDisplayOptionsPath, AppleDisplayOptionsXml());
  add_xml(kPackageDocumentPath, std::move(package));
  add_xml(dir + kNavHref, std::move(parts.nav));
  add_xml(dir + kNcxHref, std::move(parts.ncx));
  zip.Add(dir + kStylesheetHref, std::move(parts.css));
  for (EmbeddedFont& font : parts.fonts) {
    zip.Add(dir + font.href, std::move(font.bytes), ZipCompression::kFast);
  }
  zip.Add(dir + kImageDir + parts.cover.file_name, std::move(parts.cover.bytes),
          ZipCompression::kStore);
  add_xml(dir + kCoverPageHref, std::move(parts.cover_page));
  add_xml(dir + kTitlePageHref, std::move(parts.title_page));
  if (!parts.imprint_page.empty()) add_xml(dir + kImprintPageHref, std::move(parts.imprint_page));
  for (ContentDocument& file : parts.content.documents) add_xml(dir + file.href, std::move(file.xhtml));
  if (!well_formed.ok()) return well_formed.take_error();
  return zip.Finish();
}

}  // namespace

Result<std::string> WriteEpub(FileSystem& fs, const model::Document& document,
                              const EpubOptions& options) {
  GALLEY_RETURN_IF_ERROR(CheckMetadata(document));
  const model::Metadata& metadata = document.metadata;
  Result<UtcTime> modified = ModificationTime(document, options.source_date_epoch);
  if (!modified.ok()) return modified.take_error();
  Result<std::string> template_css = ReadTextFile(fs, options.stylesheet);
  if (!template_css.ok()) return template_css.take_error();

  BookParts parts;
  TextCoverage coverage;
  coverage.Add(FaceFile::kRegular, GeneratedContentText(*template_css));
  Result<ContentBook> content = WriteContentDocuments(document, ReservedNames(), &coverage);
  if (!content.ok()) return content.take_error();
  parts.content = std::move(content).value();
  if (!parts.content.pages.empty() && metadata.source.empty()) {
    return InputError(model::FrontMatterLocation(document, "title"),
                      "the text has print page markers, but the front matter does not say which "
                      "print edition they come from",
                      "add `source: …` naming that edition (EPUB Accessibility 1.1 asks for it)");
  }

  ContentCache cache(&fs, options.cache_dir);
  Result<CoverImage> cover = options.cover_image.empty()
                                 ? TypographicCover(fs, metadata, document.source_path, options.fonts, &cache)
                                 : SuppliedCover(fs, options.cover_image);
  if (!cover.ok()) return cover.take_error();
  parts.cover = std::move(cover).value();
  parts.cover_page = CoverPageXhtml(metadata, kImagesFromText + parts.cover.file_name);
  parts.title_page = TitlePageXhtml(metadata, &coverage);
  Result<fonts::FontCredit> credit = ReadCredit(fs, options.fonts.regular);
  if (!credit.ok()) return credit.take_error();
  if (credit->family.empty()) credit->family = options.fonts.family;
  std::vector<std::string> imprint = ImprintLines(metadata, *credit);
  if (!imprint.empty()) parts.imprint_page = ImprintPageXhtml(metadata, imprint, &coverage);
  parts.nav = NavigationXhtml(metadata,
                              {parts.content.toc,
                               Landmarks(parts.content, model::BookWords::For(metadata)),
                               parts.content.pages},
                              &coverage);
  parts.ncx = NcxDocument(metadata, model::StableIdentifier(metadata), parts.content.toc,
                          parts.content.pages);

  Result<std::vector<EmbeddedFont>> fonts = EmbedFonts(fs, options.fonts, coverage, &cache);
  if (!fonts.ok()) return fonts.take_error();
  parts.fonts = std::move(fonts).value();
  parts.css = Stylesheet(*template_css, parts.fonts);
  return Archive(document, std::move(parts), *modified);
}

Status WriteEpubFile(FileSystem& fs, const model::Document& document, const EpubOptions& options,
                     const std::string& output_path) {
  Result<std::string> epub = WriteEpub(fs, document, options);
  if (!epub.ok()) return epub.take_error();
  return fs.WriteFileAtomically(output_path, *epub);
}

}  // namespace galley::epub
