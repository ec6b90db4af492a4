#include "layout/pages/front_pages.h"

#include "model/book_words.h"
#include "model/generated_anchors.h"
#include "model/print_edition.h"

namespace galley::layout {

namespace {

// Where the front matter gives `key`, for errors about the text made from it.
SourcePos PositionOf(const model::Metadata& metadata, const std::string& key) {
  auto found = metadata.positions.find(key);
  return found == metadata.positions.end() ? SourcePos{} : found->second;
}

// Text made of literal words and front-matter values: each value keeps its manuscript
// position, so a character no font has is reported where the editor wrote it.
struct PieceText {
  StyledText styled;
  PieceText& Literal(const std::string& text) {
    styled.sources.push_back({Size(), {}});
    styled.text += text;
    return *this;
  }
  PieceText& Value(const std::string& text, SourcePos pos) {
    styled.sources.push_back({Size(), pos});
    styled.text += text;
    return *this;
  }
  uint32_t Size() const { return static_cast<uint32_t>(styled.text.size()); }
  StyledText In(StyleId style) && {
    styled.spans.push_back({0, Size(), style});
    return std::move(styled);
  }
};

// Sets `text` in one style as a centred (or ragged) block `measure` wide.
Result<std::vector<SetLine>> SetBlock(Typesetter& setter, StyledText text, double measure,
                                      bool centered) {
  ParagraphShape shape;
  shape.measure = measure;
  shape.indent = 0;
  shape.justify = false;
  shape.centered = centered;
  shape.hyphenate = false;
  Result<BrokenParagraph> broken = setter.Break(std::move(text), shape);
  if (!broken.ok()) return broken.take_error();
  return setter.Set(*broken);
}

// Places a block's lines from `baseline` down, `leading` apart, as paragraph `paragraph` of
// `role`, tagged `tag`; returns the next baseline.
double Place(std::vector<SetLine> lines, const PageGeometry& g, double baseline,
             double leading, frames::Role role, int paragraph, frames::PageFrame* frame,
             const char* tag = "P") {
  frame->items.push_back(frames::TagBegin(tag));
  for (size_t i = 0; i < lines.size(); ++i) {
    frames::TextLineItem line;
    line.role = role;
    line.paragraph = paragraph;
    line.line = static_cast<int>(i);
    line.first = i == 0;
    line.last = i + 1 == lines.size();
    AddSetLine(&lines[i], std::move(line), g.text_left, baseline, frame);
    baseline += leading;
  }
  frame->items.push_back(frames::TagEnd(tag));
  return baseline;
}

std::string Authors(const model::Metadata& metadata) {
  std::string out;
  for (const model::Contributor& creator : metadata.creators) {
    if (creator.role != "aut" && !creator.role.empty()) continue;
    out += (out.empty() ? "" : ", ") + creator.name;
  }
  return out;
}

}  // namespace

Status ComposeTitlePage(Typesetter& setter, const model::Metadata& metadata,
                        ParagraphNumbers& numbers, frames::PageFrame* frame) {
  const frames::Role role = frames::Role::kTitlePage;
  const PrintTemplate& t = setter.print_template();
  PageGeometry g = PageGeometry::For(t, 1);
  const double measure = g.text_width;
  // The title a third of the way down the text block, the classical position.
  double baseline = g.first_baseline + (t.lines_per_page() / 3) * t.leading;
  StyleId title = setter.Style(t.heading(1).face, t.title_size, false, t.title_size * 0.04);
  Result<std::vector<SetLine>> lines = SetBlock(
      setter, PlainStyledText(metadata.title, title, PositionOf(metadata, "title")), measure, true);
  if (!lines.ok()) return lines.take_error();
  frame->items.push_back(frames::Destination(std::string(model::kTitlePageAnchor), g.text_left, t.margin_top));
  // The book's title is a Title element (ISO 32000-2 §14.8.4.3.2), not a paragraph.
  baseline =
      Place(*lines, g, baseline, t.title_size * 1.2, role, numbers.Next(), frame, "Title");
  if (!metadata.subtitle.empty()) {
    StyleId style = setter.Style(Face::kItalic, t.size * 1.3, false, 0);
    lines = SetBlock(setter,
                     PlainStyledText(metadata.subtitle, style, PositionOf(metadata, "subtitle")),
                     measure, true);
    if (!lines.ok()) return lines.take_error();
    baseline =
        Place(*lines, g, baseline + t.leading * 0.5, t.size * 1.6, role, numbers.Next(), frame);
  }
  std::string authors = Authors(metadata);
  if (!authors.empty()) {
    StyleId style = setter.Style(Face::kRegular, t.size * 1.2, true, t.small_caps_tracking);
    lines = SetBlock(setter, PlainStyledText(authors, style, PositionOf(metadata, "author")),
                     measure, true);
    if (!lines.ok()) return lines.take_error();
    Place(*lines, g, baseline + 3 * t.leading, t.leading * 1.2, role, numbers.Next(), frame);
  }
  if (!metadata.publisher.empty()) {
    StyleId style = setter.Style(Face::kRegular, t.size, true, t.small_caps_tracking);
    lines = SetBlock(setter,
                     PlainStyledText(metadata.publisher, style, PositionOf(metadata, "publisher")),
                     measure, true);
    if (!lines.ok()) return lines.take_error();
    double top = g.last_baseline - (static_cast<double>(lines->size()) - 1) * t.leading;
    Place(*lines, g, top, t.leading, role, numbers.Next(), frame);
  }
  return Status::Ok();
}

Status ComposeImprintPage(Typesetter& setter, const model::Metadata& metadata,
                          ParagraphNumbers& numbers, frames::PageFrame* frame) {
  const PrintTemplate& t = setter.print_template();
  PageGeometry g = PageGeometry::For(t, 2);
  std::vector<PieceText> paragraphs;
  auto value = [&metadata](PieceText& text, const std::string& value, const char* key) {
    text.Value(value, PositionOf(metadata, key));
  };
  model::BookWords words = model::BookWords::For(metadata);
  if (!metadata.source.empty()) {
    PieceText& source = paragraphs.emplace_back();
    auto [before, after] = words.Around("source", "source");
    // The date follows the edition it belongs to, the first the source names.
    model::SourceEditions editions = model::SplitSource(metadata);
    value(source.Literal(before), editions.first, "source");
    if (editions.date_after_first) {
      value(source.Literal(", "), metadata.source_date, "source-date");
    }
    if (!editions.rest.empty()) {
      SourcePos rest = PositionOf(metadata, "source");  // where the rest begins in its value
      if (rest.known()) rest.column += static_cast<int>(editions.first.size());
      source.Value(editions.rest, rest);
    }
    if (!after.empty()) source.Literal(after);
    source.Literal(".");
  }
  if (!metadata.publisher.empty()) {
    PieceText& published = paragraphs.emplace_back();
    auto [before, after] = words.Around("published-by", "publisher");
    value(published.Literal(before), metadata.publisher, "publisher");
    if (!after.empty()) published.Literal(after);
    if (!metadata.date.empty()) value(published.Literal(", "), metadata.date, "date");
    published.Literal(".");
  }
  if (!metadata.rights.empty()) value(paragraphs.emplace_back(), metadata.rights, "rights");
  if (!metadata.identifier.empty()) {
    value(paragraphs.emplace_back(), metadata.identifier, "identifier");
  }
  if (paragraphs.empty()) return Status::Ok();
  paragraphs.emplace_back().Literal(words.Fill(
      "set-in", {{"font", setter.fonts()[Face::kRegular].family()}, {"version", GALLEY_VERSION}}));

  const double size = t.size * 0.85, leading = t.leading * 0.85;
  StyleId style = setter.Style(Face::kRegular, size, false, 0);
  std::vector<std::vector<SetLine>> blocks;
  double height = 0;
  for (PieceText& text : paragraphs) {
    Result<std::vector<SetLine>> lines =
        SetBlock(setter, std::move(text).In(style), g.text_width, false);
    if (!lines.ok()) return lines.take_error();
    height += (static_cast<double>(lines->size()) + 0.5) * leading;
    blocks.push_back(std::move(*lines));
  }
  // Set at the foot of the page, as imprints are.
  double baseline = g.last_baseline - height + 1.5 * leading;
  for (std::vector<SetLine>& lines : blocks) {
    baseline = Place(std::move(lines), g, baseline, leading, frames::Role::kImprint,
                     numbers.Next(), frame) +
               0.5 * leading;
  }
  return Status::Ok();
}

Result<Flow> BuildContentsFlow(const std::vector<Flow>& flows, Typesetter& setter) {
  const PrintTemplate& t = setter.print_template();
  Flow contents;
  contents.id = "";  // the heading carries the "contents" destination
  contents.title = t.contents_title;
  contents.role = "contents";
  contents.kind = model::DivisionKind::kFront;
  contents.start_recto = true;
  contents.sink = t.opening_sink;
  struct Target {
    std::string title, id;
    int level;
  };
  std::vector<Target> targets;
  for (const Flow& flow : flows) {
    bool opens_with_heading =
        !flow.entries.empty() && flow.entries.front().kind == EntryKind::kHeading;
    if (!opens_with_heading && !flow.title.empty()) targets.push_back({flow.title, flow.id, 1});
    for (const FlowEntry& entry : flow.entries) {
      if (entry.kind == EntryKind::kHeading && !entry.id.empty() &&
          entry.level <= t.contents_depth) {
        targets.push_back({entry.title, entry.id, entry.level});
      }
    }
  }
  if (targets.empty()) return contents;

  model::Inline title{model::InlineKind::kText, t.contents_title, 0, {}, {}};
  Result<FlowEntry> heading = MakeHeadingEntry(setter, {title}, 1, std::string(model::kContentsAnchor), 0);
  if (!heading.ok()) return heading.take_error();
  contents.entries.push_back(std::move(*heading));
  const double number_room = 3 * t.size;
  for (const Target& target : targets) {
    InlineStyler styler = setter.BodyStyler();
    styler.small_caps = target.level > 1 && t.heading(target.level).small_caps;
    styler.small_caps_tracking = t.small_caps_tracking;
    model::Inline text{model::InlineKind::kText, target.title, 0, {}, {}};
    FlowEntry entry;
    entry.kind = EntryKind::kParagraph;
    entry.x_offset = (target.level - 1) * 1.5 * t.size;
    entry.id = target.id;
    ParagraphShape shape;
    shape.measure = t.text_width() - entry.x_offset - number_room;
    shape.indent = 0;
    shape.justify = false;
    shape.hyphenate = false;
    Result<BrokenParagraph> broken =
        setter.Break(FlattenInlines({text}, styler, &setter.styles()), shape);
    if (!broken.ok()) return broken.take_error();
    entry.paragraph = std::move(*broken);
    contents.entries.push_back(std::move(entry));
  }
  return contents;
}

}  // namespace galley::layout
