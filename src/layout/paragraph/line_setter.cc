#include "layout/paragraph/line_setter.h"

#include <algorithm>
#include <cmath>

#include "base/utf8.h"

namespace galley::layout {

struct LineSetter::Element {
  enum class Kind { kText, kSpace, kKern } kind = Kind::kText;
  StyleId style = 0;
  uint32_t begin = 0, end = 0;  // text; a space's own character
  bool hyphen = false;
  double width = 0, stretch = 0, shrink = 0;  // natural; a space's set width after Adjust
  const shaping::ShapedRun* run = nullptr;
  double trailing = 0;  // tracking taken off its last glyph (the line's last letter)
};

namespace {

using linebreak::ItemType;

struct LineMeasure {
  double natural = 0, stretch = 0, shrink = 0;
  bool fill = false;  // infinitely stretchable glue: a last line, set at natural spacing
};

}  // namespace

LineAdjustment ShareAdjustment(double room, double space_stretch, double space_shrink,
                               double glyph_gaps, double text_width, const LineFormat& format) {
  LineAdjustment out;
  double spaces = room < 0 ? space_shrink : space_stretch;
  double letters = glyph_gaps * format.letter_spacing;
  double expansion = text_width * format.expansion;
  bool glyphs_first = format.sharing == ExpansionSharing::kGlyphsFirst;
  double capacity = letters + expansion + (glyphs_first ? 0 : spaces);
  if (capacity <= 0) {  // nothing but the word spaces (if any) to adjust
    if (spaces > 0) out.space_ratio = room < 0 ? std::max(room / spaces, -1.0) : room / spaces;
    return out;
  }
  // Letters and glyph shapes change at most by their limits; word spaces take the rest.
  double share = std::clamp(room / capacity, -1.0, 1.0);
  out.letter = share * format.letter_spacing;
  double room_left = room - out.letter * glyph_gaps;
  if (expansion > 0) {
    double step = format.expansion_step > 0 ? format.expansion_step : kExpansionStep;
    double limit = std::floor(format.expansion / step + 1e-9);
    double steps = std::clamp(std::round(share * format.expansion / step), -limit, limit);
    // Near full shrink, rounding towards 1 could leave the spaces more than they can shrink.
    if (spaces > 0 && room_left - steps * step * text_width < -spaces) {
      steps = std::max(steps - 1, -limit);
    }
    out.scale = 1 + steps * step;
    room_left -= (out.scale - 1) * text_width;
  }
  // The rounding to a step may turn a stretched line's spaces to shrinking, or back.
  double space_room = room_left < 0 ? space_shrink : space_stretch;
  if (space_room > 0) out.space_ratio = room_left / space_room;
  if (room_left < 0) out.space_ratio = std::max(out.space_ratio, -1.0);
  return out;
}

std::vector<SetLine> LineSetter::Set(const StyledText& text, const ParagraphItems& items,
                                     const linebreak::BreakResult& breaks,
                                     const LineFormat& format) {
  std::vector<SetLine> lines;
  lines.reserve(breaks.lines.size());
  for (const linebreak::Line& line : breaks.lines) {
    lines.push_back(SetOne(text, items, line, format));
  }
  return lines;
}

SetLine LineSetter::SetOne(const StyledText& text, const ParagraphItems& items,
                           const linebreak::Line& line, const LineFormat& format) {
  std::vector<Element> elements;
  LineMeasure measure;
  size_t end = std::min(line.end, items.items.size());
  for (size_t i = line.begin; i < end; ++i) {
    const linebreak::Item& item = items.items[i];
    if (item.type == ItemType::kBox) {
      if (item.tag == kNoTag) {
        elements.push_back({Element::Kind::kKern, 0, 0, 0, false, item.width});
        continue;
      }
      const Fragment& fragment = items.fragments[item.tag];
      if (!elements.empty() && elements.back().kind == Element::Kind::kText &&
          elements.back().style == fragment.style && elements.back().end == fragment.begin) {
        elements.back().end = fragment.end;  // pieces of one word, rejoined
      } else {
        elements.push_back({Element::Kind::kText, fragment.style, fragment.begin, fragment.end});
      }
      Element& text_element = elements.back();
      bool whole = text_element.begin == fragment.piece_begin &&
                   text_element.end == fragment.piece_end;
      text_element.run = whole ? fragment.piece_run : nullptr;
    } else if (item.type == ItemType::kGlue) {
      if (item.stretch >= linebreak::kFillStretch) measure.fill = true;
      if (item.tag == kNoTag) continue;  // ragged-right or finishing glue: no space to draw
      uint32_t offset = static_cast<uint32_t>(item.tag);
      uint32_t length = Utf8SequenceLength(static_cast<unsigned char>(text.text[offset]));
      elements.push_back({Element::Kind::kSpace, text.StyleAt(offset), offset, offset + length,
                          false, item.width, item.stretch, item.shrink});
    }
  }
  // Spaces cannot end a line (the breaker discards them) but a forced break can follow one.
  while (!elements.empty() && elements.back().kind == Element::Kind::kSpace) elements.pop_back();

  SetLine out;
  if (line.end < items.items.size()) {
    const linebreak::Item& breaker = items.items[line.end];
    out.hyphenated = breaker.type == ItemType::kPenalty && breaker.flagged;
    if (breaker.type == ItemType::kPenalty && breaker.tag == kDiscretionary) {
      out.hyphen_added = true;
      for (auto it = elements.rbegin(); it != elements.rend(); ++it) {
        if (it->kind == Element::Kind::kText) {
          it->hyphen = true;
          break;
        }
      }
    }
  }
  // Letter spacing goes between letters: the line's last letter keeps none, so tracked text
  // (letter-spaced headings) is centred on its letters and ends flush.
  Element* final_text = nullptr;
  for (Element& element : elements) {
    if (element.kind == Element::Kind::kText) final_text = &element;
  }
  if (final_text != nullptr) final_text->trailing = shaper_->styles()[final_text->style].tracking;
  std::string scratch;
  for (Element& element : elements) {
    if (element.kind == Element::Kind::kText) {
      if (element.run == nullptr || element.hyphen) {
        // A word broken at this line's start or end, or several pieces rejoined: reshaped, so
        // that a fragment with its hyphen is measured and drawn as itself.
        scratch.assign(text.text, element.begin, element.end - element.begin);
        if (element.hyphen) scratch += '-';
        element.run = &shaper_->Shape(element.style, scratch);
      }
      element.width = element.run->width - element.trailing;
      ++out.words;
    }
    measure.natural += element.width;
    if (element.kind == Element::Kind::kSpace && format.justify) {
      measure.stretch += element.stretch;
      measure.shrink += element.shrink;
    }
  }

  // The ratio from the real widths (the breaker's came from box sums, which may differ by a
  // kerning pair or a ligature where words were cut at hyphenation points).
  Hang hang = LineHang(text, elements, format);
  double room = format.measure + hang.left + hang.right - measure.natural;
  int last_text = -1;
  double glyph_gaps = 0;  // every glyph but the line's last takes letter spacing
  double text_width = 0;  // what expansion scales
  for (size_t i = 0; i < elements.size(); ++i) {
    if (elements[i].kind != Element::Kind::kText) continue;
    last_text = static_cast<int>(i);
    glyph_gaps += static_cast<double>(elements[i].run->glyphs.size());
    text_width += elements[i].width;
  }
  glyph_gaps = std::max(glyph_gaps - 1, 0.0);
  LineAdjustment adjustment;
  if (format.justify && (room < 0 || !measure.fill)) {
    adjustment = ShareAdjustment(room, measure.stretch, measure.shrink, glyph_gaps, text_width,
                                 format);
    // Underfull as the breaker judges it: by the word spaces (and expansion, if it counts it:
    // as part of the stretch, or taking its share first).
    double stretch = measure.stretch;
    double expansion = format.expansion_in_breaking ? text_width * format.expansion : 0;
    double left = room;
    if (format.sharing == ExpansionSharing::kGlyphsFirst) {
      left -= expansion;
    } else {
      stretch += expansion;
    }
    out.underfull = !measure.fill && left > 0 &&
                    (stretch <= 0 ? left > 1 : left / stretch > format.tolerance);
  }
  double ratio = adjustment.space_ratio;
  double letter = adjustment.letter;
  double width = 0;
  for (size_t i = 0; i < elements.size(); ++i) {
    Element& element = elements[i];
    if (element.kind == Element::Kind::kSpace) {
      element.width += ratio * (ratio >= 0 ? element.stretch : element.shrink);
    } else if (element.kind == Element::Kind::kText) {
      double glyphs = static_cast<double>(element.run->glyphs.size());
      element.width = element.width * adjustment.scale +
                      letter * (static_cast<int>(i) == last_text ? glyphs - 1 : glyphs);
    }
    width += element.width;
  }
  out.ratio = ratio;
  out.scale = adjustment.scale;
  out.width = width;
  out.overfull = width > format.measure + hang.left + hang.right + 0.01;
  out.hang_left = hang.left;
  out.hang_right = hang.right;
  out.last = measure.fill || line.end + 1 >= items.items.size();
  out.begin = elements.empty() ? 0 : elements.front().begin;
  out.end = elements.empty() ? 0 : elements.back().end;
  for (const Element& element : elements) {
    if (element.kind == Element::Kind::kKern) continue;
    if (element.kind == Element::Kind::kSpace) {
      out.text += ' ';
      continue;
    }
    out.text.append(text.text, element.begin, element.end - element.begin);
    if (element.hyphen) out.text += '-';
  }
  double x = format.centered ? std::max(0.0, (format.measure - width) / 2) : -hang.left;
  Emit(text, elements, x, adjustment, &out);
  return out;
}

// What the line's first and last characters may hang into the margins: the line is set that
// much wider and moved left by its left hang, so its visible edges align (protrusion_table.h).
Hang LineSetter::LineHang(const StyledText& text, const std::vector<Element>& elements,
                          const LineFormat& format) {
  Hang hang;
  if (format.protrusion == nullptr || !format.justify || format.centered || elements.empty()) {
    return hang;
  }
  auto table_of = [&](const Element& element) -> const ProtrusionTable& {
    return (*format.protrusion)[static_cast<size_t>(shaper_->styles()[element.style].face)];
  };
  auto hang_of = [&](const Element& element) {
    std::string shown(text.text, element.begin, element.end - element.begin);
    if (element.hyphen) shown += '-';
    return HangOf(table_of(element), shown, *element.run, 0,
                  static_cast<uint32_t>(shown.size()));
  };
  const Element& first = elements.front();
  if (first.kind == Element::Kind::kText) hang.left = hang_of(first).left;
  const Element& last = elements.back();
  if (last.kind == Element::Kind::kText) hang.right = hang_of(last).right;
  return hang;
}

const shaping::Glyph& LineSetter::SpaceGlyph(StyleId style, std::string_view space) {
  if (space != " ") return shaper_->Shape(style, space).glyphs.front();
  if (style >= space_glyphs_.size()) space_glyphs_.resize(style + 1, nullptr);
  if (space_glyphs_[style] == nullptr) {
    space_glyphs_[style] = &shaper_->Shape(style, " ").glyphs.front();
  }
  return *space_glyphs_[style];
}

// Glyph runs: one per stretch of one style, spaces included as glyphs whose advance is the
// set glue, so text copied from the PDF has its spaces. Expansion scales the glyphs' advances
// and offsets here and their shapes in the renderer (GlyphRunItem::horizontal_scale).
void LineSetter::Emit(const StyledText& text, const std::vector<Element>& elements, double x,
                      const LineAdjustment& adjustment, SetLine* out) {
  const float letter = static_cast<float>(adjustment.letter);
  const float scale = static_cast<float>(adjustment.scale);
  frames::GlyphRunItem* run = nullptr;
  StyleId run_style = 0;
  double underline_from = -1;
  // Most lines are one run: reserve for the whole line once rather than grow glyph by glyph.
  size_t glyphs = 0, bytes = 0;
  for (const Element& element : elements) {
    glyphs += element.kind == Element::Kind::kText ? element.run->glyphs.size() : 1;
    bytes += element.end - element.begin + 1;
  }
  for (size_t i = 0; i < elements.size(); ++i) {
    const Element& element = elements[i];
    if (element.kind == Element::Kind::kKern) {
      run = nullptr;
      x += element.width;
      continue;
    }
    const TextStyle& style = shaper_->styles()[element.style];
    if (run == nullptr || run_style != element.style) {
      out->runs.push_back(shaper_->styles().EmptyRun(element.style, x, -style.rise,
                                                     adjustment.scale));
      run = &out->runs.back();
      run->glyphs.reserve(glyphs);
      run->text.reserve(bytes);
      run_style = element.style;
      // A raised run is a note reference set close after its word ("ants¹⁶"): its text starts
      // with a space, which no glyph shows but the copied text keeps (the first glyph's
      // cluster owns it), so that the PDF's text reads "ants 16", two words, as the manuscript.
      if (style.rise > 0) run->text += ' ';
    }
    uint32_t cluster_base = static_cast<uint32_t>(run->text.size());
    run->text.append(text.text, element.begin, element.end - element.begin);
    if (element.kind == Element::Kind::kText) {
      if (element.hyphen) run->text += '-';
      for (shaping::Glyph glyph : element.run->glyphs) {
        glyph.cluster += cluster_base;
        glyph.x_advance = glyph.x_advance * scale + letter;
        glyph.x_offset *= scale;
        run->glyphs.push_back(glyph);
      }
      if (letter != 0 && i + 1 == elements.size()) {
        run->glyphs.back().x_advance -= letter;  // the line ends flush
      }
      if (element.trailing != 0 && !element.run->glyphs.empty()) {
        run->glyphs.back().x_advance -= static_cast<float>(element.trailing) * scale;
      }
    } else {
      std::string_view space(text.text.data() + element.begin, element.end - element.begin);
      shaping::Glyph glyph = SpaceGlyph(element.style, space);
      glyph.cluster = cluster_base;
      glyph.x_advance = static_cast<float>(element.width);
      run->glyphs.push_back(glyph);
    }
    // Underlines run under words and under the spaces between two underlined words.
    bool underlined = style.underline &&
                      (element.kind == Element::Kind::kText ||
                       (i + 1 < elements.size() &&
                        shaper_->styles()[elements[i + 1].style].underline));
    if (underlined && underline_from < 0) underline_from = x;
    x += element.width;
    bool continues = i + 1 < elements.size() && underlined &&
                     shaper_->styles()[elements[i + 1].style].underline;
    if (underline_from >= 0 && !continues) {
      FT_Face face = style.font->ft_face();
      double scale = style.size / style.font->units_per_em();
      double y = -face->underline_position * scale;
      double thickness = std::max(face->underline_thickness * scale, 0.4);
      out->rules.push_back(
          frames::RuleItem{frames::Role::kUnderline, underline_from, y, x, y, thickness, {}});
      underline_from = -1;
    }
  }
  // Each run was given room for the whole line: a line of several styles gives back what its
  // runs did not use, since every set line of the book is held until the book is drawn.
  if (out->runs.size() > 1) {
    for (frames::GlyphRunItem& each : out->runs) {
      each.glyphs.shrink_to_fit();
      each.text.shrink_to_fit();
    }
  }
}

}  // namespace galley::layout
