#include "epub/cover_design.h"

#include <algorithm>

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

// Sets `text` centred from baseline `y`, one line under another; returns the last baseline.
Result<double> AddCentredText(PageFrame* page, const shaping::Shaper& shaper, TextStyle style,
                              const std::string& text, double y, const char* what) {
  double baseline = y;
  std::vector<std::string> lines = FitLines(shaper, &style, text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) baseline += style.size * 1.2;
    shaping::ShapedRun run = ShapeLine(shaper, style, lines[i]);
    if (run.has_notdef) {
      return InternalError(std::string("the cover's font has no glyph for a character of the ") +
                           what + " `" + lines[i] + "`");
    }
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
                             const shaping::Shaper& shaper) {
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
                                    metadata.title, 210, "title");
  if (!y.ok()) return y.take_error();
  if (!metadata.subtitle.empty()) {
    y = AddCentredText(&page, shaper, {faces.italic, 1, 20, 0, false, kInk}, metadata.subtitle,
                       *y + 44, "subtitle");
    if (!y.ok()) return y.take_error();
  }
  double ornament = *y + 48;
  AddRule(&page, kCoverWidth / 2 - 24, ornament, kCoverWidth / 2 + 24, ornament, 0.8, kRed);

  std::string authors = JoinNames(metadata, "aut");
  if (!authors.empty()) {
    y = AddCentredText(&page, shaper, {faces.italic, 1, 26, 0, false, kInk}, authors,
                       std::max(ornament + 80, 400.0), "author");
    if (!y.ok()) return y.take_error();
  }
  if (!metadata.publisher.empty()) {
    y = AddCentredText(&page, shaper, {faces.regular, 0, 13, 0.14, true, kInk}, metadata.publisher,
                       548, "publisher");
    if (!y.ok()) return y.take_error();
  }
  return page;
}

}  // namespace galley::epub
