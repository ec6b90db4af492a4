// Writes the model's blocks and inlines as XHTML elements with their HTML and DPUB-ARIA
// semantics (docs/epub.md, "Text"), and records what the navigation documents need: where each
// id landed, the print pages in reading order, and the characters each face shows.
//
// Print page markers become `<span epub:type="pagebreak" role="doc-pagebreak" id="page-6"
// aria-label="6">` (EPUB 3.3 §D.4.1; DPUB-ARIA 1.1). An inline marker stays where it is. A
// marker between blocks waits for the next block: it goes first inside the next paragraph (so
// that CSS such as `h2 + p` still sees the paragraph follow its heading), or just before the next
// heading or scene break, where an empty span between blocks takes no room. Either way it is
// phrasing content, invisible in the flow, and a page-list link to it shows the page's text.
//
// Notes (model::Document::notes) are written by WriteNotes as `<aside epub:type="footnote"
// role="doc-footnote">` at the end of the file where they are first referenced, each with a
// back-link to its first reference.
#pragma once

#include <pugixml.hpp>

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/result.h"
#include "epub/navigation_points.h"
#include "epub/text_coverage.h"
#include "model/document.h"

namespace galley::epub {

class TextWriter {
 public:
  TextWriter(const model::Document& document, TextCoverage* coverage);

  // Starts the content document `href`; what follows is written into it.
  void BeginFile(const std::string& href);

  Status WriteBlocks(pugi::xml_node parent, const std::vector<model::Block>& blocks);
  Status WriteBlock(pugi::xml_node parent, const model::Block& block);

  // Writes the notes first referenced in the current file at the end of `parent`; with
  // `and_unreferenced`, also every note nothing refers to (for the book's last file).
  Status WriteNotes(pugi::xml_node parent, bool and_unreferenced = false);

  // Writes page markers still waiting for a block (the book ended after them) into `parent`.
  Status FlushPageMarkers(pugi::xml_node parent);

  // Claims `id` for an element of the current file; ids are unique across the book, so a
  // second use is an error at `range`.
  Status RegisterId(const std::string& id, const SourceRange& range);

  // "text/file.xhtml#id" and the reading-order position of a registered id; null if unknown.
  struct Anchor {
    std::string href;
    int order = 0;
  };
  const Anchor* FindAnchor(const std::string& id) const;
  // The reading-order position of the start of the current file.
  int file_order() const { return file_order_; }

  const std::vector<PageTarget>& pages() const { return pages_; }
  int headings_written() const { return headings_written_; }
  int notes_written() const { return static_cast<int>(notes_written_.size()); }

 private:
  Status WriteParagraph(pugi::xml_node parent, const model::Block& block);
  Status WriteHeading(pugi::xml_node parent, const model::Block& block);
  Status WriteList(pugi::xml_node parent, const model::Block& block);
  Status WriteInlines(pugi::xml_node parent, const std::vector<model::Inline>& inlines, Face face,
                      bool opens_paragraph = false);
  Status WriteNoteRef(pugi::xml_node parent, const model::Inline& ref);
  Status WriteNote(pugi::xml_node parent, const model::Block& note);
  Status AppendPageBreak(pugi::xml_node parent, const model::PageStart& page,
                         const SourceRange& range, bool between_blocks);
  Status FlushPageMarkersBefore(pugi::xml_node parent);
  Status FlushPageMarkersInto(pugi::xml_node paragraph);
  // Refuses text XML forbids, at its place in the manuscript (xml_text.h).
  Status RequireXml(const std::string& text, const SourceRange& range) const;
  Error ErrorAt(const SourceRange& range, std::string message, std::string hint = {}) const;

  const model::Document& document_;
  // What a screen reader calls a scene break: an <hr> is announced as a separator, and the
  // label, the book's word in its language, says which kind.
  std::string scene_break_label_;
  TextCoverage* coverage_;
  std::string href_;
  int order_ = 0;
  int file_order_ = 0;
  int headings_written_ = 0;
  bool in_note_ = false;
  std::vector<const model::Block*> waiting_markers_;
  std::vector<PageTarget> pages_;
  std::unordered_map<std::string, Anchor> anchors_;
  std::map<int, const model::Block*> notes_by_number_;
  std::map<int, int> references_per_note_;  // note number → references written so far
  std::vector<int> notes_for_file_;         // first referenced in the current file, in order
  std::set<int> notes_written_;
};

}  // namespace galley::epub
