// Page frames: what layout produces and the renderer consumes (Typst's "frames"). A frame is a
// page's finished content in absolute positions — glyph runs, rules, link areas, named
// destinations — plus the structure tags that make the PDF accessible. The renderer draws
// frames and never looks at the model, the template or the text's meaning.
//
// Coordinates are PDF points (1/72 in) from the page's top-left corner, y growing downward;
// a glyph run's (x, y) is the origin of its first glyph on the baseline.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "fonts/font.h"
#include "shaping/shaped_run.h"

namespace galley::frames {

struct Color {
  double r = 0, g = 0, b = 0;
  friend bool operator==(const Color&, const Color&) = default;
};

struct GlyphRunItem {
  const fonts::Font* font = nullptr;
  double size = 0;                      // points
  std::vector<shaping::Glyph> glyphs;   // positions relative to (x, y), advances applied in order
  std::string text;                     // UTF-8 the glyphs' clusters index into
  double x = 0, y = 0;
  Color color;
  // Glyph expansion (docs/templates.md, space.expansion): the glyph shapes are drawn this much
  // wider (> 1) or narrower (< 1) than the font makes them, heights unchanged. The glyphs'
  // advances and offsets above already include it: they are final page positions.
  double horizontal_scale = 1;
};

struct RuleItem {  // a straight stroke: underlines, ornaments, crop marks drawn by layout
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
struct TagBeginItem {
  std::string name;
};
struct TagEndItem {
  std::string name;
};

struct FrameItem {
  enum class Kind : uint8_t { kGlyphRun, kRule, kLink, kDestination, kTagBegin, kTagEnd };
  Kind kind;
  GlyphRunItem glyph_run;
  RuleItem rule;
  LinkItem link;
  DestinationItem destination;
  TagBeginItem tag_begin;
  TagEndItem tag_end;
};

struct PageFrame {
  double width = 0, height = 0;  // the trim size, points
  std::string label;             // the page's folio label ("7"), for PDF page labels; may be empty
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

struct DocumentFrames {
  std::vector<PageFrame> pages;
  std::vector<OutlineEntry> outline;  // in reading order
  PdfMetadata metadata;
  std::string language;               // BCP 47, for the PDF's /Lang
};

}  // namespace galley::frames
