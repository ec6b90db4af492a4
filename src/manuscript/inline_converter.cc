#include "manuscript/inline_converter.h"

#include <algorithm>
#include <optional>
#include <string>

#include "base/noncharacter.h"
#include "base/utf8.h"
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

  // The children of `parent`, pairing <sc>, <cite>, <i lang> and <span lang> with their
  // closing tags among them. Pairs nest inside each other (a <cite> may hold an <i lang>), each
  // closed before the one around it; <sc> does not hold another <sc>.
  Status Children(cmark_node* parent, std::vector<Inline>* out) {
    std::vector<OpenPair> open;
    for (cmark_node* child = cmark_node_first_child(parent); child != nullptr;
         child = cmark_node_next(child)) {
      std::vector<Inline>* target = open.empty() ? out : &open.back().piece.children;
      if (cmark_node_get_type(child) != CMARK_NODE_HTML_INLINE) {
        GALLEY_RETURN_IF_ERROR(Node(child, target));
        continue;
      }
      Result<GalleyTag> tag = ReadTag(child);
      if (!tag.ok()) return tag.take_error();
      const std::string container = ContainerName(parent);
      switch (tag->name) {
        case TagName::kPageBeginning:
          GALLEY_RETURN_IF_ERROR(AppendPageStart(*tag, target));
          break;
        case TagName::kDivision:
          return Fail(tag->begin, "a division tag cannot stand inside " + WithArticle(container),
                      "put " + TagDisplayName(*tag) +
                          " alone on its line, with a blank line before and after it");
        default:
          if (!tag->closing) {
            GALLEY_RETURN_IF_ERROR(Open(*tag, &open));
          } else {
            GALLEY_RETURN_IF_ERROR(Close(*tag, container, &open, out));
          }
          break;
      }
    }
    if (!open.empty()) {
      const GalleyTag& unclosed = open.back().tag;
      GalleyTag closing = unclosed;
      closing.closing = true;
      std::string container = ContainerName(parent);
      return Fail(unclosed.begin,
                  TagDisplayName(unclosed) + " is not closed in the same " + container,
                  "add " + TagDisplayName(closing) + " where " + What(unclosed.name) +
                      " end" + (unclosed.name == TagName::kSmallCaps ? "" : "s") +
                      ", before the " + container + " ends");
    }
    return Status::Ok();
  }

 private:
  struct OpenPair {
    GalleyTag tag;
    Inline piece;
  };

  static InlineKind KindOf(TagName name) {
    switch (name) {
      case TagName::kCitation: return InlineKind::kCitation;
      case TagName::kForeign: return InlineKind::kForeign;
      case TagName::kLanguage: return InlineKind::kLanguage;
      default: return InlineKind::kSmallCaps;
    }
  }

  // What a pair marks, for messages.
  static std::string What(TagName name) {
    switch (name) {
      case TagName::kCitation: return "the title";
      case TagName::kForeign: return "the foreign word";
      case TagName::kLanguage: return "the passage";
      default: return "the small capitals";
    }
  }

  Status Open(const GalleyTag& tag, std::vector<OpenPair>* open) {
    for (const OpenPair& around : *open) {
      if (tag.name == TagName::kSmallCaps && around.tag.name == TagName::kSmallCaps) {
        return Fail(tag.begin, "<sc> inside <sc>",
                    "close the first with </sc> before opening another");
      }
    }
    if (depth_ + static_cast<int>(open->size()) >= kMaxInlineNesting) {
      return Fail(tag.begin,
                  "tags and emphasis nested more than " + std::to_string(kMaxInlineNesting) +
                      " deep",
                  "Galley sets at most " + std::to_string(kMaxInlineNesting) +
                      " levels of inline markup inside each other");
    }
    OpenPair pair{tag, Inline{}};
    pair.piece.kind = KindOf(tag.name);
    pair.piece.language = tag.language;
    pair.piece.range.begin = tag.begin;
    open->push_back(std::move(pair));
    return Status::Ok();
  }

  Status Close(const GalleyTag& tag, const std::string& container, std::vector<OpenPair>* open,
               std::vector<Inline>* out) {
    GalleyTag opening = tag;
    opening.closing = false;
    if (open->empty() || open->back().tag.name != tag.name) {
      bool opened = std::any_of(open->begin(), open->end(),
                                [&](const OpenPair& pair) { return pair.tag.name == tag.name; });
      if (!opened) {
        return Fail(tag.begin,
                    TagDisplayName(tag) + " closes no " + TagDisplayName(opening) +
                        " in the same " + container,
                    "add " + TagDisplayName(opening) + " where " + What(tag.name) +
                        (tag.name == TagName::kSmallCaps ? " begin" : " begins") +
                        ", in the same " + container + ", or remove " + TagDisplayName(tag));
      }
      GalleyTag inner = open->back().tag;
      GalleyTag inner_closing = inner;
      inner_closing.closing = true;
      return Fail(tag.begin,
                  TagDisplayName(tag) + " closes its " + TagDisplayName(opening) + " before the " +
                      TagDisplayName(inner) + " inside it is closed",
                  "write " + TagDisplayName(inner_closing) + " before " + TagDisplayName(tag) +
                      ": tags pair inside each other");
    }
    Inline piece = std::move(open->back().piece);
    piece.range.end = tag.end;
    open->pop_back();
    (open->empty() ? *out : open->back().piece.children).push_back(std::move(piece));
    return Status::Ok();
  }

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
        GALLEY_RETURN_IF_ERROR(CheckCharacters(node));
        AppendText(LiteralOf(node), TextRange(node), out);
        return Status::Ok();
      case CMARK_NODE_CODE:  // a code span is set as the text it holds
        GALLEY_RETURN_IF_ERROR(CheckCharacters(node));
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
                  "the Galley tags are <division>, <pb n=\"…\"/>, <sc>, <cite>, <i lang=\"…\"> "
                  "and <span lang=\"…\">");
    }
    return std::move(tags->front());
  }

  Status AppendPageStart(const GalleyTag& tag, std::vector<Inline>* out) {
    Result<model::PageStart> page = context_.AddPageStart(tag.label, tag.begin);
    if (!page.ok()) return page.take_error();
    Inline marker;
    marker.kind = InlineKind::kPageStart;
    marker.page = std::move(page).value();
    marker.range = {tag.begin, tag.end};
    out->push_back(std::move(marker));
    return Status::Ok();
  }

  // No noncharacter reaches the model (base/noncharacter.h): neither a raw one nor a
  // character reference to one, which cmark decodes into bytes that are not even UTF-8.
  Status CheckCharacters(cmark_node* node) {
    std::string_view literal = LiteralOf(node);
    SourcePos at = positions_.ToSource(positions_.Begin(node));
    if (size_t bad = FindNoncharacter(literal); bad != std::string_view::npos) {
      return NoncharacterError({context_.source().path(), at}, DecodeUtf8(literal, &bad));
    }
    if (!ValidateText(literal, context_.source().path()).ok()) {
      return Fail(at, "the text holds a character reference to a Unicode noncharacter, which no "
                      "book can contain (the PDF cannot draw it and XML forbids it)",
                  "delete the reference, or write the character that was meant");
    }
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
