// A content document's text as the words an editor compares, in reading order, written in the
// manuscript's own notation (docs/manuscript.md) wherever the markup carries meaning:
//
//   *word*  **word**  <sc>word</sc>   emphasis, strong emphasis, small capitals
//   [^1]  [^1]:                       a note reference, the start of a note
//   <pb n="6"/>                       a print page marker
//   ¶  #  ##  -  1.  >                where a block starts: a paragraph, a heading of that
//                                     level, a list item, inside a block quote
//   * * *  <br/>  ![alt]              a scene break, a line break, an image
//
// so that a word made italic, a paragraph split in two or a page marker moved is a change of
// words like any other. Words are split at white space only: there are no line-break hyphens
// in an EPUB to undo.
//
// The document is parsed again here rather than taken from check/'s package: check parses with
// pugixml's defaults, which drop white-space-only text such as the space in
// "<em>a</em> <em>b</em>", and that space is what separates two words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "proof/words.h"

namespace galley::proof {

// Where a word stands, for an editor to find it.
struct TextPlace {
  uint32_t paragraph = 0;  // 1-based count of blocks in the document
  uint32_t page = 0;       // index in DocumentText::pages
  uint32_t section = 0;    // index in DocumentText::sections
};

struct DocumentText {
  std::vector<Word> words;        // tokens in the notation above
  std::vector<TextPlace> places;  // one per word
  // pages[0] is the page the document begins on (as given); each page marker adds its label.
  std::vector<std::string> pages;
  // sections[0] is "" (before any heading); each heading adds its text.
  std::vector<std::string> sections;
  size_t text_words = 0;  // words of text: block starts, markers and notes excluded
};

// Reads the XHTML `xhtml` (the document at `path`, for messages); `first_page` is the print
// page it begins on ("" when unknown). Fails only when the document is not well-formed.
Result<DocumentText> ReadDocumentText(std::string_view xhtml, const std::string& path,
                                      const std::string& first_page);

}  // namespace galley::proof
