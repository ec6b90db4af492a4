#include "manuscript/inline_converter.h"

#include <optional>
#include <string>

#include "manuscript/inline_positions.h"

namespace galley::manuscript {

namespace {

using model::Inline;
using model::InlineKind;

// Emphasis, strong emphasis and links nest at most this deep: a limit with an error keeps
// every later stage's recursion over inlines bounded (9,300 nested emphases crashed every
// command). docs/manuscript.md, "Limits".
constexpr int kMaxInlineNesting = 100;

// What a run of sibling inlines lies in, for messages about an unclosed <sc>.
std::string ContainerName(cmark_node* parent) {
  switch (cmark_node_get_type(parent)) {
    case CMARK_NODE_EMPH: return "emphasis";
    case CMARK_NODE_STRONG: return "strong emphasis";
    case CMARK_NODE_LINK: return "link";
    case CMARK_NODE_HEADING: return "heading";
    default: return "paragraph";
  }
}

// "a paragraph", "a link"; emphasis takes no article.
std::string WithArticle(const std::string& container) {
  return container.ends_with("emphasis") ? container : "a " + container;
}

// Appends text, merging it into a text inline just before: cmark splits text at every
// character that might start markup, and the model wants one run per stretch of plain text.
void AppendText(std::string_view text, SourceRange range, std::vector<Inline>* out) {
  if (!out->empty() && out->back().kind == InlineKind::kText) {
    out->back().text += text;
    out->back().range.end = range.end;
    return;
  }
  Inline piece;
  piece.kind = InlineKind::kText;
  piece.text = std::string(text);
  piece.range = range;
  out->push_back(std::move(piece));
}

class Converter {
 public:
  Converter(ConversionContext& context, cmark_node* block)
      : context_(context), positions_(context, block) {}

  // The children of `parent`, pairing <sc> with </sc> among them.
  Status Children(cmark_node* parent, std::vector<Inline>* out) {
    std::optional<Inline> small_caps;
    for (cmark_node* child = cmark_node_first_child(parent); child != nullptr;
         child = cmark_node_next(child)) {
      std::vector<Inline>* target = small_caps ? &small_caps->children : out;
      if (cmark_node_get_type(child) != CMARK_NODE_HTML_INLINE) {
        GALLEY_RETURN_IF_ERROR(Node(child, target));
        continue;
      }
      Result<GalleyTag> tag = ReadTag(child);
      if (!tag.ok()) return tag.take_error();
      const std::string container = ContainerName(parent);
      switch (tag->name) {
        case TagName::kPageBeginning:
          GALLEY_RETURN_IF_ERROR(AppendPageMarker(*tag, target));
          break;
        case TagName::kDivision:
          return Fail(tag->begin, "a division tag cannot stand inside " + WithArticle(container),
                      "put " + TagDisplayName(*tag) +
                          " alone on its line, with a blank line before and after it");
        case TagName::kSmallCaps:
          if (!tag->closing && small_caps) {
            return Fail(tag->begin, "<sc> inside <sc>",
                        "close the first with </sc> before opening another");
          }
          if (tag->closing && !small_caps) {
            return Fail(tag->begin, "</sc> closes no <sc> in the same " + container,
                        "add <sc> where the small capitals begin, in the same " + container +
                            ", or remove </sc>");
          }
          if (!tag->closing) {
            small_caps.emplace();
            small_caps->kind = InlineKind::kSmallCaps;
            small_caps->range.begin = tag->begin;
          } else {
            small_caps->range.end = tag->end;
            out->push_back(std::move(*small_caps));
            small_caps.reset();
          }
          break;
      }
    }
    if (small_caps) {
      std::string container = ContainerName(parent);
      return Fail(small_caps->range.begin, "<sc> is not closed in the same " + container,
                  "add </sc> where the small capitals end, before the " + container + " ends");
    }
    return Status::Ok();
  }

 private:
  // The children of an emphasis or link, one nesting level deeper.
  Status NestedChildren(cmark_node* parent, SourcePos at, std::vector<Inline>* out) {
    if (depth_ == kMaxInlineNesting) {
      return Fail(at,
                  "emphasis and links nested more than " + std::to_string(kMaxInlineNesting) +
                      " deep",
                  "Galley sets at most " + std::to_string(kMaxInlineNesting) +
                      " levels of emphasis inside each other; check the `*` and `_` here");
    }
    ++depth_;
    Status status = Children(parent, out);
    --depth_;
    return status;
  }

  Status Node(cmark_node* node, std::vector<Inline>* out) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
        AppendText(LiteralOf(node), TextRange(node), out);
        return Status::Ok();
      case CMARK_NODE_CODE:  // a code span is set as the text it holds
        AppendText(LiteralOf(node), Range(node), out);
        return Status::Ok();
      case CMARK_NODE_SOFTBREAK: {
        SourcePos at = positions_.ToSource(positions_.last_end());
        positions_.Break();
        AppendText(" ", {at, at}, out);
        return Status::Ok();
      }
      case CMARK_NODE_LINEBREAK: {
        Inline line_break;
        line_break.kind = InlineKind::kLineBreak;
        BytePos from = positions_.last_end();
        line_break.range = {positions_.ToSource(from), context_.source().EndOfLine(from.line)};
        positions_.Break();
        out->push_back(std::move(line_break));
        return Status::Ok();
      }
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG: {
        Inline span;
        span.kind = cmark_node_get_type(node) == CMARK_NODE_EMPH ? InlineKind::kEmphasis
                                                                  : InlineKind::kStrong;
        span.range.begin = positions_.ToSource(positions_.Begin(node));
        GALLEY_RETURN_IF_ERROR(NestedChildren(node, span.range.begin, &span.children));
        span.range.end = positions_.ToSource(positions_.End(node));
        out->push_back(std::move(span));
        return Status::Ok();
      }
      case CMARK_NODE_LINK:
        // A link keeps its text; cmark's start position for a link is unreliable, and the
        // link itself leaves no node, so its children are converted in its place.
        return NestedChildren(node, positions_.ToSource(positions_.last_end()), out);
      case CMARK_NODE_FOOTNOTE_REFERENCE: {
        Inline reference;
        reference.kind = InlineKind::kNoteRef;
        reference.range = Range(node);
        reference.number = std::atoi(std::string(LiteralOf(node)).c_str());
        reference.text = context_.NoteLabel(reference.number);
        out->push_back(std::move(reference));
        return Status::Ok();
      }
      case CMARK_NODE_IMAGE:
        return Fail(positions_.ToSource(positions_.Begin(node)),
                    "images are not part of the manuscript format",
                    "remove the image; if its content matters, describe it in the text");
      default:
        return Fail(positions_.ToSource(positions_.Begin(node)),
                    std::string("unexpected Markdown element (") +
                        cmark_node_get_type_string(node) + ")",
                    "see docs/manuscript.md for what a manuscript may contain");
    }
  }

  SourceRange Range(cmark_node* node) {
    SourcePos begin = positions_.ToSource(positions_.Begin(node));
    return {begin, positions_.ToSource(positions_.End(node))};
  }

  // Before a two-space hard break cmark drops the spaces from the text but not from its
  // reported end; the range ends with the text, and the line break's range covers the spaces.
  SourceRange TextRange(cmark_node* node) {
    BytePos begin = positions_.Begin(node);
    BytePos end = positions_.End(node);
    std::string_view literal = LiteralOf(node);
    if (begin.line == end.line && !literal.empty() && literal.back() != ' ') {
      std::string_view line = context_.source().Line(end.line);
      int trimmed = end.byte_column;
      while (trimmed > begin.byte_column + 1 && trimmed - 2 < static_cast<int>(line.size()) &&
             (line[trimmed - 2] == ' ' || line[trimmed - 2] == '\t')) {
        --trimmed;
      }
      if (trimmed != end.byte_column) {
        end.byte_column = trimmed;
        positions_.SetLastEnd(end);
      }
    }
    return {positions_.ToSource(begin), positions_.ToSource(end)};
  }

  Result<GalleyTag> ReadTag(cmark_node* node) {
    BytePos begin = positions_.Begin(node);
    positions_.End(node);
    HtmlText html{LiteralOf(node), begin.line, begin.byte_column, positions_.content_column()};
    Result<std::vector<GalleyTag>> tags = ReadGalleyTags(html, context_.source());
    if (!tags.ok()) return tags.take_error();
    if (tags->size() != 1) {
      return Fail(positions_.ToSource(begin), "raw HTML is not part of the manuscript format",
                  "the Galley tags are <division>, <pb n=\"…\"/> and <sc>");
    }
    return std::move(tags->front());
  }

  Status AppendPageMarker(const GalleyTag& tag, std::vector<Inline>* out) {
    GALLEY_RETURN_IF_ERROR(context_.AddPageLabel(tag.label, tag.begin));
    Inline marker;
    marker.kind = InlineKind::kPageMarker;
    marker.text = tag.label;
    marker.range = {tag.begin, tag.end};
    out->push_back(std::move(marker));
    return Status::Ok();
  }

  Error Fail(SourcePos pos, std::string message, std::string hint) const {
    return context_.source().MakeError(pos, std::move(message), std::move(hint));
  }

  ConversionContext& context_;
  InlinePositions positions_;
  int depth_ = 0;  // emphases and links open around the inline being converted
};

// cmark-gfm leaves a note reference whose note does not exist as the text "[^x]". Finds one
// in the converted text, and reports it where the block's source has it unescaped (an escaped
// `\[^x]` means the characters themselves).
Status CheckNoteReferences(const std::vector<Inline>& inlines, SourceRange block,
                           const SourceText& source) {
  for (const Inline& piece : inlines) {
    GALLEY_RETURN_IF_ERROR(CheckNoteReferences(piece.children, block, source));
    if (piece.kind != InlineKind::kText) continue;
    for (size_t open = piece.text.find("[^"); open != std::string::npos;
         open = piece.text.find("[^", open + 2)) {
      size_t close = piece.text.find(']', open);
      if (close == std::string::npos) break;
      std::string reference = piece.text.substr(open, close - open + 1);
      if (reference.size() < 4 || reference.find_first_of(" \t") != std::string::npos) continue;
      for (int line = block.begin.line; line <= block.end.line; ++line) {
        std::string_view text = source.Line(line);
        size_t at = text.find(reference);
        if (at == std::string_view::npos || (at > 0 && text[at - 1] == '\\')) continue;
        return source.MakeError(source.Position(line, static_cast<int>(at) + 1),
                                "the note reference " + reference + " has no note",
                                "add the note as a paragraph `" + reference +
                                    ": …`, or write \\" + reference +
                                    " for the characters themselves");
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<Inline>> ConvertInlines(cmark_node* block, ConversionContext& context) {
  std::vector<Inline> inlines;
  Converter converter(context, block);
  GALLEY_RETURN_IF_ERROR(converter.Children(block, &inlines));
  GALLEY_RETURN_IF_ERROR(CheckNoteReferences(inlines, context.RangeOf(block), context.source()));
  return inlines;
}

}  // namespace galley::manuscript
