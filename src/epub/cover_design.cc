#include "epub/cover_design.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "base/utf8.h"

#include "epub/front_pages.h"

namespace galley::epub {

namespace {

using frames::Color;
using frames::PageFrame;

constexpr double kMargin = 40;                     // points, left and right
constexpr double kMeasure = kCoverWidth - 2 * kMargin;
constexpr Color kPaper{0.957, 0.933, 0.882};
constexpr Color kInk{0.11, 0.10, 0.09};
constexpr Color kRed{0.56, 0.10, 0.07};             // the title's colour, a printer's red

// One kind of text on the cover.
// What a line of the cover shows, for errors: the front-matter key and where its value is.
struct CoverText {
  const char* key;
  SourceLocation location;
};

struct TextStyle {
  const fonts::Font* font;
  uint16_t font_id;  // in CoverFaces::ById
  double size;      // points; shrunk for text too wide for the measure
  double tracking;  // extra space after each glyph, in ems
  bool small_caps;
  Color color;
};

// Shaped line with tracking applied.
shaping::ShapedRun ShapeLine(const shaping::Shaper& shaper, const TextStyle& style,
                             const std::string& text) {
  shaping::FeatureSet features;
  features.small_caps = style.small_caps;
  features.caps_to_small_caps = style.small_caps;
  features.oldstyle_figures = true;
  shaping::ShapedRun run = shaper.Shape(*style.font, style.size, features, text);
  double extra = style.tracking * style.size;
  for (shaping::Glyph& glyph : run.glyphs) glyph.x_advance += static_cast<float>(extra);
  if (!run.glyphs.empty()) {
    run.glyphs.back().x_advance -= static_cast<float>(extra);  // none after the last glyph
    run.width += extra * (run.glyphs.size() - 1);
  }
  return run;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Greedy lines within the measure; shrinks the size until every word fits on a line.
std::vector<std::string> FitLines(const shaping::Shaper& shaper, TextStyle* style,
                                  const std::string& text) {
  std::vector<std::string> words = Words(text);
  while (style->size > 10) {
    bool fits = std::all_of(words.begin(), words.end(), [&](const std::string& word) {
      return ShapeLine(shaper, *style, word).width <= kMeasure;
    });
    if (fits) break;
    style->size *= 0.9;
  }
  std::vector<std::string> lines;
  for (const std::string& word : words) {
    if (!lines.empty() && ShapeLine(shaper, *style, lines.back() + " " + word).width <= kMeasure) {
      lines.back() += " " + word;
    } else {
      lines.push_back(word);
    }
  }
  return lines;
}

void AddRule(PageFrame* page, double x0, double y0, double x1, double y1, double thickness,
             Color color) {
  page->items.push_back(
      frames::RuleFrameItem({frames::Role::kDecoration, x0, y0, x1, y1, thickness, color}));
}

// The error for a character of `line` (a line of the front matter's `key` value `text`) that
// the face lacks: at the character's place in the manuscript, naming the font file.
Error MissingGlyph(const CoverText& where, const std::string& text, const std::string& line,
                   const shaping::ShapedRun& run, const fonts::Font& font) {
  uint32_t cluster = 0;
  for (const shaping::Glyph& glyph : run.glyphs) {
    if (glyph.id == 0) {
      cluster = glyph.cluster;
      break;
    }
  }
  size_t end = cluster;
  char32_t c = DecodeUtf8(line, &end);
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  SourceLocation location = where.location;
  size_t line_start = text.find(line);
  // Columns count code points; the author line joins several names, so it points at the key.
  if (location.pos.known() && line_start != std::string::npos && where.key != std::string("author")) {
    std::string_view before = std::string_view(text).substr(0, line_start + cluster);
    for (size_t at = 0; at < before.size(); at += Utf8SequenceLength(before[at])) {
      ++location.pos.column;
    }
  }
  return InputError(location,
                    "the cover's font " + font.family() + " " + font.style() + " (" +
                        font.path() + ") has no glyph for '" + EncodeUtf8(c) + "' (" + code +
                        ") in the " + where.key,
                    "give --fonts a folder whose faces have the character, or supply a cover "
                    "image with --cover");
}

// Sets `text` centred from baseline `y`, one line under another; returns the last baseline.
Result<double> AddCentredText(PageFrame* page, const shaping::Shaper& shaper, TextStyle style,
                              const std::string& text, double y, const CoverText& where) {
  double baseline = y;
  std::vector<std::string> lines = FitLines(shaper, &style, text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) baseline += style.size * 1.2;
    shaping::ShapedRun run = ShapeLine(shaper, style, lines[i]);
    if (run.has_notdef) return MissingGlyph(where, text, lines[i], run, *style.font);
    frames::GlyphRunItem glyphs;
    glyphs.font = style.font_id;
    glyphs.size = style.size;
    glyphs.style.face = style.font_id == 1 ? frames::Face::kItalic : frames::Face::kRegular;
    glyphs.style.small_caps = style.small_caps;
    glyphs.style.tracking = style.tracking * style.size;
    glyphs.glyphs = std::move(run.glyphs);
    glyphs.text = lines[i];
    glyphs.x = (kCoverWidth - run.width) / 2;
    glyphs.y = baseline;
    glyphs.color = style.color;
    frames::TextLineItem line;
    line.role = frames::Role::kTitlePage;
    line.first = line.last = true;
    line.text = lines[i];
    line.x = glyphs.x;
    line.y = baseline;
    line.width = run.width;
    line.runs.push_back(std::move(glyphs));
    page->items.push_back(frames::TextItem(std::move(line)));
  }
  return baseline;
}

}  // namespace

Result<PageFrame> CoverFrame(const model::Metadata& metadata, const CoverFaces& faces,
                             const shaping::Shaper& shaper, const std::string& manuscript) {
  auto value_of = [&](const char* key) {
    auto found = metadata.positions.find(key);
    return CoverText{key, {manuscript, found == metadata.positions.end() ? SourcePos{} : found->second}};
  };
  PageFrame page;
  page.width = kCoverWidth;
  page.height = kCoverHeight;
  // The ground: one stroke as thick as the page (butt caps fill it edge to edge).
  AddRule(&page, 0, kCoverHeight / 2, kCoverWidth, kCoverHeight / 2, kCoverHeight, kPaper);
  for (double y : {64.0, 576.0}) {  // a double rule at head and foot
    AddRule(&page, kMargin, y, kCoverWidth - kMargin, y, 1.6, kInk);
    AddRule(&page, kMargin, y + 4, kCoverWidth - kMargin, y + 4, 0.5, kInk);
  }

  Result<double> y = AddCentredText(&page, shaper, {faces.regular, 0, 46, 0.08, true, kRed},
                                    metadata.title, 210, value_of("title"));
  if (!y.ok()) return y.take_error();
  if (!metadata.subtitle.empty()) {
    y = AddCentredText(&page, shaper, {faces.italic, 1, 20, 0, false, kInk}, metadata.subtitle,
                       *y + 44, value_of("subtitle"));
    if (!y.ok()) return y.take_error();
  }
  double ornament = *y + 48;
  AddRule(&page, kCoverWidth / 2 - 24, ornament, kCoverWidth / 2 + 24, ornament, 0.8, kRed);

  std::string authors = JoinNames(metadata, "aut");
  if (!authors.empty()) {
    y = AddCentredText(&page, shaper, {faces.italic, 1, 26, 0, false, kInk}, authors,
                       std::max(ornament + 80, 400.0), value_of("author"));
    if (!y.ok()) return y.take_error();
  }
  if (!metadata.publisher.empty()) {
    y = AddCentredText(&page, shaper, {faces.regular, 0, 13, 0.14, true, kInk}, metadata.publisher,
                       548, value_of("publisher"));
    if (!y.ok()) return y.take_error();
  }
  return page;
}

}  // namespace galley::epub
