// One EPUB as the proofer reads it: its content documents in reading order, each named as a
// reader knows it, its navigation (toc, page-list, landmarks), its metadata and every file of
// the container. The container and the package document are read by check/'s reader
// (EpubArchive, LoadPackage), so Galley has one EPUB reader; this adds only what a comparison
// needs on top of it (docs/proof.md, "Proofing an EPUB").
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "check/package.h"

namespace galley::proof {

// One entry of a navigation list (EPUB 3.3 §7.4): a link, or a heading without one.
struct NavigationItem {
  std::string label;   // its text, whitespace collapsed
  std::string target;  // the container path it resolves to, with "#fragment"; "" for none
  std::string type;    // landmarks: the entry's epub:type ("bodymatter"); else ""
  int depth = 0;       // nesting: 0 for a top-level entry of the toc

  friend bool operator==(const NavigationItem&, const NavigationItem&) = default;
};

struct NavigationList {
  std::string name;  // "toc", "page-list" or "landmarks"
  std::vector<NavigationItem> items;
};

// A dc:* element or a <meta property> of the package metadata (EPUB 3.3 §5.5).
struct MetadataItem {
  std::string name;     // "dc:title", "dcterms:modified"
  std::string refines;  // the refines attribute ("#creator-1"), or ""
  std::string value;

  friend bool operator==(const MetadataItem&, const MetadataItem&) = default;
};

// An XHTML content document (EPUB 3.3 §6.1), the navigation document excepted.
struct ContentDocument {
  std::string path;   // container path: "EPUB/text/kronstadt-21.xhtml"
  std::string label;  // its toc label, else its landmark's, else its first heading, else its <title>
  bool in_spine = true;
  const std::string* bytes = nullptr;  // owned by the book's archive
};

struct EpubBook {
  std::string name;   // what messages call it: the file, or "TITLE, made now"
  std::string title;  // the first dc:title
  std::unique_ptr<check::Package> package;
  std::vector<ContentDocument> documents;  // the spine's, in reading order; then the others
  std::vector<NavigationList> navigation;  // toc, page-list, landmarks: always all three
  std::vector<MetadataItem> metadata;      // in document order
  std::string nav_path, ncx_path;          // container paths; "" when there is none

  // The label of the last page-list entry before document `index` (the print page that
  // document begins on); "" when none comes before it.
  std::string PageBefore(size_t index) const;
  // The entry's data, or nullptr when the container has no such file.
  const std::string* File(const std::string& path) const;
};

// Reads the EPUB in `bytes`; `name` is what messages call it. Errors name the file (and, for a
// package file that is not well-formed XML, the place in it) and say what was expected: a ZIP
// archive that is not an EPUB, a missing container or package document.
Result<EpubBook> ReadEpubBook(std::string bytes, std::string name);

}  // namespace galley::proof
