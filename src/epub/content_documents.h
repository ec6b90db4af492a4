// Splits the book into XHTML content documents — one per front- or back-matter division and
// one per top-level section of the body — and writes them in reading order with TextWriter.
// Smaller files open faster in reading systems, and a chapter is what readers expect a file to
// hold. Each document's <body> names its part of the book (frontmatter, bodymatter,
// backmatter) and its outer <section> what it is: `doc-introduction`, `doc-colophon`,
// `doc-chapter`… (EPUB Structural Semantics Vocabulary; DPUB-ARIA 1.1).
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "epub/navigation_points.h"
#include "epub/text_coverage.h"
#include "model/document.h"

namespace galley::epub {

struct ContentDocument {
  std::string href;         // relative to the package document: "text/biography.xhtml"
  std::string manifest_id;  // "biography"
  std::string title;        // the document's <title>
  model::DivisionKind kind = model::DivisionKind::kBody;
  std::string role;         // the division's role: "colophon", …; empty for the body
  std::string xhtml;        // the file's bytes
};

struct ContentBook {
  std::vector<ContentDocument> documents;  // reading order
  std::vector<TocEntry> toc;               // nested by division and heading level
  std::vector<PageTarget> pages;           // reading order
  int headings = 0;
  int notes = 0;
};

// Writes the text of `document`. Manifest ids and file names avoid `reserved` (those of the
// package's other items). Characters shown go into `coverage`.
Result<ContentBook> WriteContentDocuments(const model::Document& document,
                                          const std::vector<std::string>& reserved,
                                          TextCoverage* coverage);

}  // namespace galley::epub
