// The skeleton every XHTML content document shares (EPUB 3.3 §6.1; HTML's XML syntax): the XML
// declaration, `<!DOCTYPE html>`, `<html>` with the XHTML and EPUB namespaces and both
// `xml:lang` and `lang` (EPUB Accessibility 1.1 asks for the language of every document), a
// `<title>`, the stylesheet link, and an empty `<body>` to fill.
//
// Serialising: content documents are written without indentation, because indenting mixed
// content would put spaces into the text; instead each block element starts a new line (see
// AppendBlock), which keeps the files readable and their diffs small.
#pragma once

#include <pugixml.hpp>

#include <string>

namespace galley::epub {

struct XhtmlPageHead {
  std::string language;    // BCP 47
  std::string title;       // <title>
  std::string stylesheet;  // href of the stylesheet, relative to the document; may be empty
};

// `<?xml version="1.0" encoding="UTF-8"?>`, for any XML file of the package.
void AppendXmlDeclaration(pugi::xml_document& document);

// Fills the empty `document` and returns its <body>.
pugi::xml_node StartXhtmlPage(pugi::xml_document& document, const XhtmlPageHead& head);

// Appends a block-level element on a line of its own.
pugi::xml_node AppendBlock(pugi::xml_node parent, const char* name);

// Appends text (pugixml escapes &, < and > on output).
void AppendText(pugi::xml_node parent, const std::string& text);

// An element with no content, written `<span …></span>`: HTML's parser would read `<span/>`
// as an open tag swallowing what follows, should a reading system ever parse it as HTML.
void KeepOpenAndClose(pugi::xml_node element);

// The document's bytes: UTF-8, with the declaration, no indentation. `indent` is for documents
// without mixed content (the package document, the NCX).
std::string SerializeXml(const pugi::xml_document& document, bool indent = false);

}  // namespace galley::epub
