// Galley's tags (docs/manuscript.md): `<division kind=… role=… title=…>` and `</division>`,
// `<pb n="…"/>` (TEI's "page beginning"), and the inline pairs `<sc>…</sc>`, `<cite>…</cite>`
// (a work's title), `<i lang="…">…</i>` (a foreign word) and `<span lang="…">…</span>` (a
// passage in another language). cmark-gfm hands
// them over as raw HTML (HTML blocks and inline HTML); this reads and checks one node's HTML
// on its own. Where a tag may stand (block or inline, nesting) is checked by the converters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "manuscript/source_text.h"
#include "model/document.h"

namespace galley::manuscript {

enum class TagName { kDivision, kPageBeginning, kSmallCaps, kCitation, kForeign, kLanguage };

// Whether `name` is a tag that pairs inside a paragraph or heading (<sc>, <cite>, <i>, <span>).
bool IsInlinePair(TagName name);

struct GalleyTag {
  TagName name = TagName::kPageBeginning;
  bool closing = false;  // </division>, </sc>
  model::DivisionKind kind = model::DivisionKind::kBody;  // division: the `kind`
  std::string role;                                       // division: the `role`, may be empty
  std::string title;                                      // division: the `title`, may be empty
  std::string label;                                      // pb: the page label `n`
  std::string language;                                   // i, span: the `lang` (BCP 47)
  SourcePos begin;                                        // where the tag's `<` stands
  SourcePos end;                                          // just past its `>`
};

// The raw HTML of one cmark node and where it stands in the manuscript. cmark strips the
// prefixes of block quotes and list items from the later lines of an HTML block or of inline
// HTML that spans lines; they are assumed to be as wide on every line, as cmark itself assumes
// for inline positions.
struct HtmlText {
  std::string_view text;
  int line = 1;                // the file line of text[0]
  int byte_column = 1;         // the byte column of text[0]
  int later_lines_column = 1;  // the byte column where the text's later lines start
};

// The position of byte `offset` of `html`.
SourcePos PositionIn(const HtmlText& html, size_t offset, const SourceText& source);

// Reads the tags in `html`, which may hold Galley tags separated by white space and nothing
// else. Errors: other HTML (with a hint saying what to write instead), text after a tag in the
// same HTML block, unknown or repeated attributes, a missing or invalid `kind`, an unknown
// `role`, an empty or malformed page label, a `<pb>` not written `<pb n="…"/>`.
Result<std::vector<GalleyTag>> ReadGalleyTags(const HtmlText& html, const SourceText& source);

// The error for an inline tag (<sc>, </cite>, …) standing as a block of its own.
Error InlineTagOutsideParagraph(const GalleyTag& tag, const SourceText& source);

// "<division>", "</division>", "<pb/>", "<sc>", "</sc>", "<cite>", "<i>", "<span>": for messages.
std::string TagDisplayName(const GalleyTag& tag);

// True when `label` is a well-formed page label: letters, digits, `.` and `-`.
bool IsPageLabel(std::string_view label);

}  // namespace galley::manuscript
