#include "manuscript/block_converter.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "manuscript/inline_converter.h"

namespace galley::manuscript {

namespace {

using model::Block;
using model::BlockKind;

// Block quotes and lists nest at most this deep (a list item is not a level of its own).
// Every stage after this walks the model recursively; a limit with an error here keeps the
// stack bounded (a manuscript of 6,000 nested block quotes crashed every command) at a depth
// no book comes near. docs/manuscript.md, "Limits".
constexpr int kMaxBlockNesting = 100;

bool IsNote(cmark_node* node) {
  return cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A note's label as written, from its source line: cmark reports a footnote definition from
// just after `[^label]:` and keeps the label to itself.
struct NoteLabel {
  std::string label;
  SourcePos pos;  // where `[^` stands
};

NoteLabel FindNoteLabel(cmark_node* note, int number, const ConversionContext& context) {
  CmarkSpan span = SpanOf(note);
  int line = context.FileLine(span.start_line);
  std::string_view text = context.source().Line(line);
  size_t before = static_cast<size_t>(std::max(span.start_column - 1, 0));
  text = text.substr(0, std::min(text.size(), before));
  size_t open = text.rfind("[^");
  size_t close = open == std::string_view::npos ? open : text.find("]:", open);
  if (close == std::string_view::npos) {
    return {std::to_string(number), context.RangeOf(note).begin};
  }
  return {std::string(text.substr(open + 2, close - open - 2)),
          context.source().Position(line, static_cast<int>(open) + 1)};
}

class BlockConverter {
 public:
  explicit BlockConverter(ConversionContext& context) : context_(context) {}

  // The top-level children of the document, division tags included; notes are skipped.
  Status Body(cmark_node* document, std::vector<BodyItem>* items) {
    for (cmark_node* node = cmark_node_first_child(document); node != nullptr;
         node = cmark_node_next(node)) {
      if (IsNote(node)) continue;
      if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
        GALLEY_RETURN_IF_ERROR(TopLevelTags(node, items));
        continue;
      }
      std::vector<Block> blocks;
      GALLEY_RETURN_IF_ERROR(Convert(node, &blocks));
      for (Block& block : blocks) items->push_back({false, std::move(block), {}});
    }
    return Status::Ok();
  }

  Status Notes(cmark_node* document, const std::vector<NoteLabel>& labels,
               std::vector<Block>* notes) {
    int number = 0;
    for (cmark_node* node = cmark_node_first_child(document); node != nullptr;
         node = cmark_node_next(node)) {
      if (!IsNote(node)) continue;
      const NoteLabel& label = labels[number];
      Block note;
      note.kind = BlockKind::kNote;
      note.number = ++number;
      note.label = label.label;
      note.id = "note-" + std::to_string(note.number);
      note.range = {label.pos, context_.RangeOf(node).end};
      GALLEY_RETURN_IF_ERROR(Children(node, &note.children));
      notes->push_back(std::move(note));
    }
    return Status::Ok();
  }

 private:
  Status Children(cmark_node* parent, std::vector<Block>* out) {
    for (cmark_node* node = cmark_node_first_child(parent); node != nullptr;
         node = cmark_node_next(node)) {
      GALLEY_RETURN_IF_ERROR(Convert(node, out));
    }
    return Status::Ok();
  }

  // The children of a block quote or list, one nesting level deeper.
  Status NestedChildren(cmark_node* parent, const SourceRange& range, std::vector<Block>* out) {
    if (depth_ == kMaxBlockNesting) {
      return Fail(range.begin,
                  "block quotes and lists nested more than " +
                      std::to_string(kMaxBlockNesting) + " deep",
                  "Galley sets at most " + std::to_string(kMaxBlockNesting) +
                      " levels of block quotes and lists inside each other; check the `>` and "
                      "list markers at the start of these lines");
    }
    ++depth_;
    Status status = Children(parent, out);
    --depth_;
    return status;
  }

  // Appends the block(s) `node` becomes: one, except for an HTML block of page markers.
  Status Convert(cmark_node* node, std::vector<Block>* out) {
    Block block;
    block.range = context_.RangeOf(node);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING: {
        bool heading = cmark_node_get_type(node) == CMARK_NODE_HEADING;
        block.kind = heading ? BlockKind::kHeading : BlockKind::kParagraph;
        if (heading) block.level = cmark_node_get_heading_level(node);
        Result<std::vector<model::Inline>> inlines = ConvertInlines(node, context_);
        if (!inlines.ok()) return inlines.take_error();
        block.inlines = std::move(inlines.value());
        break;
      }
      case CMARK_NODE_THEMATIC_BREAK:
        block.kind = BlockKind::kSceneBreak;
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        block.kind = BlockKind::kBlockQuote;
        GALLEY_RETURN_IF_ERROR(NestedChildren(node, block.range, &block.children));
        break;
      case CMARK_NODE_LIST:
        block.kind = BlockKind::kList;
        block.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        block.start = block.ordered ? cmark_node_get_list_start(node) : 1;
        GALLEY_RETURN_IF_ERROR(NestedChildren(node, block.range, &block.children));
        break;
      case CMARK_NODE_ITEM:
        block.kind = BlockKind::kListItem;
        GALLEY_RETURN_IF_ERROR(Children(node, &block.children));
        break;
      case CMARK_NODE_HTML_BLOCK:
        return NestedTags(node, out);
      case CMARK_NODE_CODE_BLOCK:
        return Fail(block.range.begin, "a code block is not part of the manuscript format",
                    "indenting a line by four spaces or a tab makes a code block: remove the "
                    "indentation (or the ``` fence)");
      default:
        return Fail(block.range.begin,
                    std::string("unexpected Markdown element (") +
                        cmark_node_get_type_string(node) + ")",
                    "see docs/manuscript.md for what a manuscript may contain");
    }
    out->push_back(std::move(block));
    return Status::Ok();
  }

  Status TopLevelTags(cmark_node* node, std::vector<BodyItem>* items) {
    Result<std::vector<GalleyTag>> tags = ReadGalleyTags(context_.HtmlOf(node), context_.source());
    if (!tags.ok()) return tags.take_error();
    for (GalleyTag& tag : *tags) {
      if (tag.name == TagName::kDivision) {
        items->push_back({true, {}, std::move(tag)});
        continue;
      }
      std::vector<Block> blocks;
      GALLEY_RETURN_IF_ERROR(BlockTag(tag, &blocks));
      for (Block& block : blocks) items->push_back({false, std::move(block), {}});
    }
    return Status::Ok();
  }

  Status NestedTags(cmark_node* node, std::vector<Block>* out) {
    Result<std::vector<GalleyTag>> tags = ReadGalleyTags(context_.HtmlOf(node), context_.source());
    if (!tags.ok()) return tags.take_error();
    for (const GalleyTag& tag : *tags) {
      if (tag.name == TagName::kDivision) {
        return Fail(tag.begin, "a division tag cannot stand inside a block quote, list or note",
                    "put " + TagDisplayName(tag) + " at the start of a line, outside the "
                    "block quote or list");
      }
      GALLEY_RETURN_IF_ERROR(BlockTag(tag, out));
    }
    return Status::Ok();
  }

  // A page marker or <sc> standing as a block of its own.
  Status BlockTag(const GalleyTag& tag, std::vector<Block>* out) {
    if (IsInlinePair(tag.name)) return InlineTagOutsideParagraph(tag, context_.source());
    Result<model::PageStart> page = context_.AddPageStart(tag.label, tag.begin);
    if (!page.ok()) return page.take_error();
    Block marker;
    marker.kind = BlockKind::kPageStart;
    marker.page = std::move(page).value();
    marker.range = {tag.begin, tag.end};
    out->push_back(std::move(marker));
    return Status::Ok();
  }

  Error Fail(SourcePos pos, std::string message, std::string hint) const {
    return context_.source().MakeError(pos, std::move(message), std::move(hint));
  }

  ConversionContext& context_;
  int depth_ = 0;  // block quotes and lists open around the block being converted
};

// cmark-gfm drops a note nothing refers to, and its text with it; `kept` are the notes it
// kept. Finds a `[^label]:` line (up to three spaces in, as CommonMark allows) whose note is
// not among them, so that the loss is an error rather than silent. Labels compare without case,
// as cmark matches them.
Status CheckUnreferencedNotes(const std::vector<NoteLabel>& kept, int body_line,
                              const SourceText& source) {
  std::set<std::string> known;
  for (const NoteLabel& note : kept) known.insert(Lower(note.label));
  for (int line = body_line; line <= source.line_count(); ++line) {
    std::string_view text = source.Line(line);
    size_t indent = text.find_first_not_of(' ');
    if (indent == std::string_view::npos || indent > 3 || text.substr(indent, 2) != "[^") {
      continue;
    }
    size_t close = text.find("]:", indent);
    if (close == std::string_view::npos) continue;
    std::string_view label = text.substr(indent + 2, close - indent - 2);
    if (label.empty() || label.find_first_of(" \t]") != std::string_view::npos) continue;
    if (known.contains(Lower(label))) continue;
    std::string reference = "[^" + std::string(label) + "]";
    return source.MakeError(source.Position(line, static_cast<int>(indent) + 1),
                            "the note " + reference + " is never referred to",
                            "add " + reference + " in the text where the note belongs, or "
                            "remove the note");
  }
  return Status::Ok();
}

}  // namespace

Result<ConvertedBody> ConvertBody(cmark_node* document, ConversionContext& context) {
  std::vector<NoteLabel> labels;
  std::vector<std::string> label_texts;
  for (cmark_node* node = cmark_node_first_child(document); node != nullptr;
       node = cmark_node_next(node)) {
    if (!IsNote(node)) continue;
    labels.push_back(FindNoteLabel(node, static_cast<int>(labels.size()) + 1, context));
    label_texts.push_back(labels.back().label);
  }
  context.SetNoteLabels(std::move(label_texts));

  ConvertedBody body;
  BlockConverter converter(context);
  GALLEY_RETURN_IF_ERROR(converter.Body(document, &body.items));
  GALLEY_RETURN_IF_ERROR(converter.Notes(document, labels, &body.notes));
  GALLEY_RETURN_IF_ERROR(
      CheckUnreferencedNotes(labels, context.FileLine(1), context.source()));
  return body;
}

}  // namespace galley::manuscript
