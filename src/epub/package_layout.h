// Where each file lives inside the EPUB container (docs/epub.md, "Container"). The one place
// that knows these paths, so content documents, navigation and the manifest always agree.
// Paths below the package directory are relative to the package document, as manifest hrefs
// are (EPUB 3.3 §5.4.2, "URLs in the package document").
#pragma once

namespace galley::epub {

// Container paths (from the root of the ZIP).
inline constexpr const char* kMimetypePath = "mimetype";
inline constexpr const char* kContainerXmlPath = "META-INF/container.xml";
inline constexpr const char* kAppleDisplayOptionsPath =
    "META-INF/com.apple.ibooks.display-options.xml";
inline constexpr const char* kPackageDir = "EPUB/";
inline constexpr const char* kPackageDocumentPath = "EPUB/package.opf";

// Relative to the package document.
inline constexpr const char* kNavHref = "nav.xhtml";
inline constexpr const char* kNcxHref = "toc.ncx";
inline constexpr const char* kStylesheetHref = "css/book.css";
inline constexpr const char* kFontDir = "fonts/";
inline constexpr const char* kImageDir = "images/";
inline constexpr const char* kTextDir = "text/";
inline constexpr const char* kCoverPageHref = "text/cover.xhtml";
inline constexpr const char* kTitlePageHref = "text/title-page.xhtml";
inline constexpr const char* kImprintPageHref = "text/imprint.xhtml";

// From a content document in kTextDir to the stylesheet and images.
inline constexpr const char* kStylesheetFromText = "../css/book.css";
inline constexpr const char* kImagesFromText = "../images/";
// From the stylesheet to the fonts (CSS resolves url() against the stylesheet).
inline constexpr const char* kFontsFromStylesheet = "../fonts/";

// XML namespaces.
inline constexpr const char* kXhtmlNamespace = "http://www.w3.org/1999/xhtml";
inline constexpr const char* kOpsNamespace = "http://www.idpf.org/2007/ops";
inline constexpr const char* kOpfNamespace = "http://www.idpf.org/2007/opf";
inline constexpr const char* kDcNamespace = "http://purl.org/dc/elements/1.1/";
inline constexpr const char* kNcxNamespace = "http://www.daisy.org/z3986/2005/ncx/";

}  // namespace galley::epub
