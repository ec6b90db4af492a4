#include "layout/paragraph/styled_text.h"

#include <algorithm>

#include "base/utf8.h"
#include "layout/paragraph/capital_figures.h"

namespace galley::layout {

namespace {

struct InlineState {
  Face face = Face::kRegular;
  bool small_caps = false;
  bool underline = false;
  bool superscript = false;
  std::string language;  // a passage's tag; empty in the book's language
};

class Flattener {
 public:
  Flattener(const InlineStyler& styler, StyleTable* styles) : styler_(styler), styles_(styles) {}

  void Walk(const std::vector<model::Inline>& inlines, InlineState state);
  StyledText Take() { return std::move(out_); }

 private:
  StyleId StyleOf(const InlineState& state);
  void Append(std::string_view text, const InlineState& state, SourcePos pos);

  const InlineStyler& styler_;
  StyleTable* styles_;
  StyledText out_;
};

StyleId Flattener::StyleOf(const InlineState& state) {
  TextStyle style;
  style.font = styler_.fonts[static_cast<int>(state.face)];
  style.face = state.face;
  style.size = styler_.size;
  style.features = styler_.features;
  style.tracking = styler_.tracking;
  style.underline = state.underline;
  style.language = state.language;
  if (state.small_caps) {
    // The text keeps its case (docs/manuscript.md): c2sc turns capitals and smcp lower case
    // into small capitals, so "DURING" and "During" set alike.
    style.features.small_caps = true;
    style.features.caps_to_small_caps = true;
    style.tracking = std::max(style.tracking, styler_.small_caps_tracking);
  }
  if (state.superscript) {
    // A note reference: about two thirds of the size, raised by a third of the body size, as
    // typographers set superior figures when the face has none.
    style.size = styler_.size * 0.68;
    style.rise = styler_.size * 0.33;
  }
  const fonts::Font* small = styler_.small_fonts[static_cast<int>(state.face)];
  if (small != nullptr && style.size <= styler_.small_up_to + 1e-9) style.font = small;
  return styles_->Intern(style);
}

void Flattener::Append(std::string_view text, const InlineState& state, SourcePos pos) {
  if (text.empty()) return;
  uint32_t begin = static_cast<uint32_t>(out_.text.size());
  for (char c : text) out_.text += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
  uint32_t end = static_cast<uint32_t>(out_.text.size());
  StyleId style = StyleOf(state);
  if (!out_.spans.empty() && out_.spans.back().style == style && out_.spans.back().end == begin) {
    out_.spans.back().end = end;
  } else {
    out_.spans.push_back({begin, end, style});
  }
  if (pos.known()) out_.sources.push_back({begin, pos});
  if (!state.language.empty()) {
    std::vector<LanguageSpan>& languages = out_.languages;
    if (!languages.empty() && languages.back().end == begin &&
        languages.back().tag == state.language) {
      languages.back().end = end;
    } else {
      languages.push_back({begin, end, state.language});
    }
  }
}

// The state inside markup set in `style`: italic turns back to roman inside italic, as
// emphasis does.
InlineState Marked(InlineState state, MarkStyle style) {
  if (style == MarkStyle::kUnderline) state.underline = true;
  if (style == MarkStyle::kItalic) {
    state.face = state.face == Face::kItalic ? Face::kRegular : Face::kItalic;
  }
  return state;
}

void Flattener::Walk(const std::vector<model::Inline>& inlines, InlineState state) {
  for (const model::Inline& node : inlines) {
    InlineState inner = state;
    switch (node.kind) {
      case model::InlineKind::kText:
        Append(node.text, state, node.range.begin);
        break;
      case model::InlineKind::kEmphasis:
        if (styler_.underline_emphasis) {
          inner.underline = true;
        } else {
          // Emphasis inside italic turns back to roman, as LaTeX's \emph does.
          inner.face = state.face == Face::kItalic ? Face::kRegular : Face::kItalic;
        }
        Walk(node.children, inner);
        break;
      case model::InlineKind::kStrong:
        inner.face = Face::kBold;
        Walk(node.children, inner);
        break;
      case model::InlineKind::kCitation:
        Walk(node.children, Marked(state, styler_.citation_style));
        break;
      case model::InlineKind::kForeign:
        inner = Marked(state, styler_.foreign_style);
        inner.language = node.language;
        Walk(node.children, inner);
        break;
      case model::InlineKind::kLanguage:
        inner.language = node.language;
        Walk(node.children, inner);
        break;
      case model::InlineKind::kSmallCaps:
        inner.small_caps = true;
        Walk(node.children, inner);
        break;
      case model::InlineKind::kPageStart:
        out_.page_starts.push_back({static_cast<uint32_t>(out_.text.size()), node.page});
        break;
      case model::InlineKind::kNoteRef:
        inner.superscript = true;
        Append(std::to_string(node.number), inner, node.range.begin);
        break;
      case model::InlineKind::kLineBreak:
        out_.forced_breaks.push_back(static_cast<uint32_t>(out_.text.size()));
        break;
    }
  }
}

}  // namespace

StyleId StyledText::StyleAt(uint32_t offset) const {
  auto after = std::upper_bound(spans.begin(), spans.end(), offset,
                                [](uint32_t o, const StyleSpan& span) { return o < span.begin; });
  if (after == spans.begin()) return spans.empty() ? 0 : spans.front().style;
  return std::prev(after)->style;
}

std::string_view StyledText::LanguageAt(uint32_t offset) const {
  auto after = std::upper_bound(languages.begin(), languages.end(), offset,
                                [](uint32_t o, const LanguageSpan& span) { return o < span.begin; });
  if (after == languages.begin()) return {};
  const LanguageSpan& span = *std::prev(after);
  return offset < span.end ? std::string_view(span.tag) : std::string_view();
}

SourcePos StyledText::PositionOf(uint32_t offset) const {
  auto after = std::upper_bound(
      sources.begin(), sources.end(), offset,
      [](uint32_t o, const SourceAnchor& anchor) { return o < anchor.offset; });
  if (after == sources.begin()) return sources.empty() ? SourcePos{} : sources.front().pos;
  const SourceAnchor& anchor = *std::prev(after);
  SourcePos pos = anchor.pos;
  for (size_t i = anchor.offset; i < offset && i < text.size();) {
    i += Utf8SequenceLength(static_cast<unsigned char>(text[i]));
    ++pos.column;
  }
  return pos;
}

std::vector<SourcePos> StyledText::PositionsOf(const std::vector<uint32_t>& offsets) const {
  std::vector<SourcePos> positions;
  positions.reserve(offsets.size());
  size_t anchor = sources.size();  // the anchor `pos` counts from; none yet
  uint32_t at = 0;                 // the offset `pos` is the position of
  SourcePos pos;
  for (uint32_t offset : offsets) {
    auto after = std::upper_bound(
        sources.begin(), sources.end(), offset,
        [](uint32_t o, const SourceAnchor& source) { return o < source.offset; });
    if (after == sources.begin()) {
      positions.push_back(PositionOf(offset));
      continue;
    }
    size_t index = static_cast<size_t>(after - sources.begin()) - 1;
    if (index != anchor || offset < at) {
      anchor = index;
      at = sources[index].offset;
      pos = sources[index].pos;
    }
    while (at < offset && at < text.size()) {
      at += Utf8SequenceLength(static_cast<unsigned char>(text[at]));
      ++pos.column;
    }
    positions.push_back(pos);
  }
  return positions;
}

int StyledText::LineAt(uint32_t offset) const {
  auto after = std::upper_bound(
      sources.begin(), sources.end(), offset,
      [](uint32_t o, const SourceAnchor& anchor) { return o < anchor.offset; });
  if (after == sources.begin()) return sources.empty() ? 0 : sources.front().pos.line;
  return std::prev(after)->pos.line;
}

StyledText FlattenInlines(const std::vector<model::Inline>& inlines, const InlineStyler& styler,
                          StyleTable* styles) {
  Flattener flattener(styler, styles);
  InlineState state;
  state.face = styler.face;
  state.small_caps = styler.small_caps;
  flattener.Walk(inlines, state);
  StyledText text = flattener.Take();
  SetFiguresAmongCapitals(&text, styles);
  return text;
}

StyledText PlainStyledText(std::string text, StyleId style, SourcePos pos) {
  StyledText out;
  uint32_t size = static_cast<uint32_t>(text.size());
  out.text = std::move(text);
  out.spans.push_back({0, size, style});
  if (pos.line > 0) out.sources.push_back({0, pos});
  return out;
}

}  // namespace galley::layout
