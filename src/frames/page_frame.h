// Page frames: the one description of the printed book (Typst's "frames";
// ../shared/docs/FRAMES.md). A frame is a page's finished content in absolute positions — text
// lines made of glyph runs, rules, link areas, named destinations and the structure tags
// around them — and every mark says what it is: its role (body line, running head, folio…), and
// for text from the manuscript its paragraph, its line flags and its source range. Layout makes
// frames; render draws them, the layout record is them written out (record_writer.h), and the
// quality checks and proof read them. None of those looks at the model or the template again.
//
// Frames are plain values: fonts are referred to by their index in DocumentFrames::fonts, so
// frames serialise and compare by value; whoever draws them holds the loaded fonts
// (font_table.h).
//
// Coordinates are PDF points (1/72 in) from the page's top-left corner, y growing downward;
// a glyph run's (x, y) is the origin of its first glyph on the baseline.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_position.h"
#include "shaping/shaped_run.h"

namespace galley::frames {

struct Color {
  double r = 0, g = 0, b = 0;
  friend bool operator==(const Color&, const Color&) = default;
};

// What a mark on the page is. Text the manuscript gave (body, quotes, headings, notes) has a
// source range; the rest the book made itself.
enum class Role : uint8_t {
  kBody,           // a line of a body paragraph
  kQuote,          // a line of a block quotation or list
  kHeading,        // a line of a heading (TextLineItem::level)
  kNote,           // a line of a note's text
  kColophon,       // a line of the colophon
  kTitlePage,      // title, subtitle, author, publisher on the title page (and the EPUB cover)
  kImprint,        // the imprint on the title page's back
  kContentsEntry,  // a line of a contents entry
  kContentsNumber, // a contents entry's page number
  kListLabel,      // a list item's number or bullet
  kOrnament,       // a scene break's ornament
  kRunningHead,
  kFolio,
  kPageReference,  // the original edition's page number in the margin
  kUnderline,      // a rule under emphasised words
  kDecoration,     // any other rule (the cover's rules and ground)
};

const char* ToString(Role role);  // "body", "running-head", …
bool RoleFromString(std::string_view text, Role* role);
// Text that belongs to the book's text flow, as opposed to furniture around it.
bool IsFlowText(Role role);

enum class Face : uint8_t { kRegular, kItalic, kBold };

// How a run's text is marked: its face, small capitals, letter spacing, underline and a raised
// baseline — what an editor calls its style, beside the font and size it is set in.
struct RunStyle {
  Face face = Face::kRegular;
  bool small_caps = false;
  bool underline = false;
  double tracking = 0;  // points added after each glyph
  double rise = 0;      // points the baseline is raised (note references)
  // The OpenType features it was shaped with, space-separated tags ("kern liga c2sc smcp").
  std::string features;
  // A passage in another language than the book's (<span lang>, <i lang>): its BCP 47 tag, which
  // the PDF gives its structure element as /Lang; empty in the book's own language.
  std::string language;
  friend bool operator==(const RunStyle&, const RunStyle&) = default;
};

struct GlyphRunItem {
  uint16_t font = 0;                    // index in DocumentFrames::fonts
  double size = 0;                      // points
  RunStyle style;
  std::vector<shaping::Glyph> glyphs;   // positions relative to (x, y), advances applied in order
  std::string text;                     // UTF-8 the glyphs' clusters index into: what they read as
                                        // (layout/pages/page_turn_words.h: a word across a page turn)
  double x = 0, y = 0;
  Color color;
  // Glyph expansion (docs/templates.md, space.expansion): the glyph shapes are drawn this much
  // wider (> 1) or narrower (< 1) than the font makes them, heights unchanged. The glyphs'
  // advances and offsets above already include it: they are final page positions.
  double horizontal_scale = 1;
};

// One line of text: its runs and what it is. Lines of the manuscript's text carry their
// paragraph and flags; the book's own lines (furniture, contents numbers) have paragraph 0
// unless they belong to one (a contents number to its entry, a page reference to the
// paragraph it stands beside).
struct TextLineItem {
  Role role = Role::kBody;
  int level = 0;       // kHeading: 1–6
  int paragraph = 0;   // numbered from 1 in reading order, book-wide; 0 for none
  int line = 0;        // the line's index in its paragraph
  bool first = false, last = false;  // the paragraph's first and last line
  bool justified = false;  // set to the full measure (its ratio is meaningful)
  bool hyphenated = false, overfull = false, underfull = false;
  double ratio = 0;    // the adjustment ratio its word spaces were set at
  int words = 0;       // text elements separated by spaces
  SourceRange source;  // the manuscript text it shows; line 0 for text the book made
  std::string text;    // as printed, with any added hyphen; spaces normalised to one
  double x = 0, y = 0; // the line's left end on its baseline
  double width = 0;    // its set width
  std::vector<GlyphRunItem> runs;
};

struct RuleItem {  // a straight stroke
  Role role = Role::kDecoration;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double thickness = 0.5;
  Color color;
};

struct LinkItem {  // a clickable area pointing at a named destination
  double x = 0, y = 0, width = 0, height = 0;
  std::string destination;
};

struct DestinationItem {  // a named destination (PDF /Dests), e.g. "page-6", a heading's id
  std::string name;
  double x = 0, y = 0;
};

// Structure tags bracket the items they contain (Tagged PDF, ISO 32000 §14.8): "Document",
// "Sect", "H1"…"H6", "P", "Lbl", "Artifact" (running heads, folios, marginal page numbers).
// Layout decides them; render writes them as they are.
struct TagBeginItem {
  std::string name;
};
struct TagEndItem {
  std::string name;
};

struct FrameItem {
  enum class Kind : uint8_t { kText, kRule, kLink, kDestination, kTagBegin, kTagEnd };
  Kind kind;
  TextLineItem text;
  RuleItem rule;
  LinkItem link;
  DestinationItem destination;
  TagBeginItem tag_begin;
  TagEndItem tag_end;
};

// A page's label as a viewer shows it (PDF page labels, ISO 32000-1 §12.4.2): typed once,
// where the page is numbered, so no later stage parses it back out of text.
struct PageLabel {
  enum class Style : uint8_t { kNone, kArabic, kRoman };  // kRoman: lower case
  Style style = Style::kNone;
  int number = 0;    // kArabic, kRoman
  std::string text;  // as printed ("7", "iv"); kNone: the whole label, may be empty
  friend bool operator==(const PageLabel&, const PageLabel&) = default;
};
PageLabel ArabicLabel(int number);

enum class PageKind : uint8_t { kBlank, kTitle, kImprint, kContents, kText };
const char* ToString(PageKind kind);
bool PageKindFromString(std::string_view text, PageKind* kind);

// Where a page's text block is and how many lines of body text a full page holds: what the
// quality checks measure short pages and spreads against.
struct TextBlock {
  double x = 0, width = 0;
  double first_baseline = 0;
  double leading = 0;
  int lines = 0;
  friend bool operator==(const TextBlock&, const TextBlock&) = default;
};

struct PageFrame {
  int number = 0;                // physical page, 1-based
  double width = 0, height = 0;  // the trim size, points
  PageLabel label;
  PageKind kind = PageKind::kText;
  bool opening = false;          // the first page of a division (a chapter's opening)
  bool closing = false;          // the last page of a division
  TextBlock block;
  std::vector<FrameItem> items;  // drawing order; tags are balanced within a page
};

struct OutlineEntry {   // a bookmark
  std::string title;
  int level = 1;        // 1 = top level
  std::string destination;
};

struct PdfMetadata {
  std::string title, author, subject, keywords, creator;
  std::string create_date;  // ISO 8601, "2026-11-25T00:00:00Z"; fixed for reproducible output
  std::string mod_date;
};

// A font the frames use. The digest tells the same font from another wherever its file lies.
struct FontRef {
  std::string file;             // the path it was loaded from
  std::string family, style;    // from its name table, for people
  std::string digest;           // 16 hex digits, FNV-1a of the file's bytes
  friend bool operator==(const FontRef&, const FontRef&) = default;
};

// A template setting the book was made with, as written (docs/templates.md): proof compares
// them, the quality checks read their limits from them.
struct Setting {
  std::string key, value;
  friend bool operator==(const Setting&, const Setting&) = default;
};

class PageSpill;  // page_spill.h

struct DocumentFrames {
  std::string title;                  // the book's title, for reports
  std::string template_path;          // the template it was set with
  std::vector<Setting> settings;      // every template key, in the parameter table's order
  std::vector<FontRef> fonts;
  std::vector<PageFrame> pages;
  std::vector<OutlineEntry> outline;  // in reading order
  PdfMetadata metadata;
  std::string language;               // BCP 47, for the PDF's /Lang
  // When set, every page's items are kept in this temporary file and each PageFrame::items is
  // empty: read the pages through page_reader.h. `galley pdf` spills a book (page_spill.h).
  std::shared_ptr<const PageSpill> spill;

  // The value of template key `key`, or nullptr.
  const std::string* SettingValue(std::string_view key) const;
};

// Item makers, for the stages that build frames.
FrameItem TextItem(TextLineItem line);
FrameItem RuleFrameItem(RuleItem rule);
FrameItem TagBegin(std::string name);
FrameItem TagEnd(std::string name);
FrameItem Destination(std::string name, double x, double y);
FrameItem Link(LinkItem link);

}  // namespace galley::frames
