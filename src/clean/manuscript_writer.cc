#include "clean/manuscript_writer.h"

#include <cctype>

#include "clean/heading_levels.h"

namespace galley {
namespace {

// ASCII punctuation CommonMark may read as markup anywhere in a line (6.1 backslash escapes).
bool NeedsEscape(char c) {
  switch (c) {
    case '\\': case '*': case '_': case '`': case '<': case '[': case ']': case '&': case '~':
      return true;
    default:
      return false;
  }
}

// The length of what would open a block at the start of a paragraph: "#", ">", "-", "+",
// "=", or digits followed by "." or ")" (an ordered list item).
size_t BlockOpenerEnd(std::string_view text) {
  if (text.empty()) return std::string_view::npos;
  if (std::string_view("#>-+=").find(text[0]) != std::string_view::npos) return 0;
  size_t digits = 0;
  while (digits < text.size() && digits < 10 &&
         std::isdigit(static_cast<unsigned char>(text[digits]))) {
    ++digits;
  }
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
    return digits;
  }
  return std::string_view::npos;
}

std::string MarkupOf(const Mark& mark) {
  switch (mark.kind) {
    case MarkKind::kEmphasisOpen: case MarkKind::kEmphasisClose: return "*";
    case MarkKind::kStrongOpen: case MarkKind::kStrongClose: return "**";
    case MarkKind::kSmallCapsOpen: return "<sc>";
    case MarkKind::kSmallCapsClose: return "</sc>";
    case MarkKind::kPageBreak: return "<pb n=\"" + mark.label + "\"/>";
    case MarkKind::kNoteReference: return "[^" + mark.label + "]";
    case MarkKind::kLineStart: case MarkKind::kProtectedOpen: case MarkKind::kProtectedClose:
      return "";
  }
  return "";
}

std::string Attribute(std::string_view name, std::string_view value) {
  std::string out(" ");
  out.append(name).append("=\"");
  for (char c : value) {
    if (c == '"') out += "&quot;";
    else if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else out.push_back(c);
  }
  return out + "\"";
}

// Whether a source line starts at `offset`: a line-start mark among those from `next_mark` on
// that sit there.
bool StartsLine(const InlineText& text, size_t next_mark, size_t offset) {
  for (size_t m = next_mark; m < text.marks.size() && text.marks[m].offset == offset; ++m) {
    if (text.marks[m].kind == MarkKind::kLineStart) return true;
  }
  return false;
}

// `markdown` inside a block quote: "> " before each line.
std::string Quoted(std::string_view markdown) {
  std::string out = "> ";
  for (char c : markdown) {
    out.push_back(c);
    if (c == '\n') out += "> ";
  }
  return out;
}

std::string BlockToMarkdown(const Block& block) {
  switch (block.kind) {
    case BlockKind::kParagraph:
      if (block.quotation == 0) return InlineToMarkdown(block.text);
      return Quoted(InlineToMarkdown(block.text, true, block.verse));
    case BlockKind::kHeading: {
      std::string text = InlineToMarkdown(block.text, false);
      // A trailing # would be read as the heading's closing sequence.
      if (!text.empty() && text.back() == '#') text.insert(text.size() - 1, 1, '\\');
      return HeadingPrefix(block.level) + text;
    }
    case BlockKind::kSceneBreak: return "* * *";
    case BlockKind::kPageMarker: return "<pb n=\"" + block.label + "\"/>";
    case BlockKind::kListItem:
      return (block.numbered ? std::to_string(block.number) + ". " : "- ") +
             InlineToMarkdown(block.text);
    case BlockKind::kNote: return "";  // notes are written after the text
  }
  return "";
}

// Whether `block` continues the list `previous` is an item of: a tight list, no blank line.
bool ContinuesList(const Block* previous, const Block& block) {
  return previous != nullptr && previous->kind == BlockKind::kListItem &&
         block.kind == BlockKind::kListItem && previous->numbered == block.numbered;
}

// Whether `block` is a further paragraph of the quotation `previous` stands in.
bool ContinuesQuotation(const Block* previous, const Block& block) {
  return previous != nullptr && previous->kind == BlockKind::kParagraph &&
         block.kind == BlockKind::kParagraph && previous->quotation != 0 &&
         previous->quotation == block.quotation;
}

// The notes, as CommonMark footnote definitions: `[^1]: text`, a further paragraph indented.
std::string NotesToMarkdown(const std::vector<Division>& divisions) {
  std::string out;
  for (const Division& division : divisions) {
    for (const Block& block : division.blocks) {
      if (block.kind != BlockKind::kNote) continue;
      out += "\n";
      out += block.label.empty() ? "    " : "[^" + block.label + "]: ";
      out += InlineToMarkdown(block.text) + "\n";
    }
  }
  return out;
}

}  // namespace

std::string InlineToMarkdown(const InlineText& text, bool block_start, bool keep_lines) {
  std::string out;
  size_t opener_end = block_start ? BlockOpenerEnd(text.text) : std::string_view::npos;
  size_t next_mark = 0;
  for (size_t i = 0; i <= text.text.size(); ++i) {
    bool line_break = keep_lines && i > 0 && i < text.text.size() &&
                      StartsLine(text, next_mark, i);
    if (line_break && text.text[i - 1] == ' ') out.pop_back();  // the space that joined the lines
    while (next_mark < text.marks.size() && text.marks[next_mark].offset == i) {
      const Mark& mark = text.marks[next_mark++];
      if (line_break && mark.kind == MarkKind::kLineStart) {
        out += "\\\n";
        size_t opener = BlockOpenerEnd(std::string_view(text.text).substr(i));
        if (opener != std::string_view::npos) opener_end = i + opener;
      }
      out += MarkupOf(mark);
    }
    if (i == text.text.size()) break;
    char c = text.text[i];
    if (NeedsEscape(c) || i == opener_end) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string WriteFrontMatter(const std::vector<MetadataEntry>& metadata) {
  std::string out = "---\n";
  for (const MetadataEntry& entry : metadata) out += entry.key + ": " + entry.value + "\n";
  return out + "---\n";
}

std::string WriteManuscript(const std::vector<MetadataEntry>& metadata,
                            const std::vector<Division>& divisions) {
  std::string out = WriteFrontMatter(metadata);
  for (const Division& division : divisions) {
    bool tagged = !division.kind.empty();
    if (tagged) {
      out += "\n<division" + Attribute("kind", division.kind);
      if (!division.role.empty()) out += Attribute("role", division.role);
      if (!division.title.empty()) out += Attribute("title", division.title);
      out += ">\n";
    }
    const Block* previous = nullptr;
    for (const Block& block : division.blocks) {
      if (block.kind == BlockKind::kNote) continue;
      if (ContinuesQuotation(previous, block)) out += ">\n";
      else if (!ContinuesList(previous, block)) out += "\n";
      out.append(BlockToMarkdown(block)).append("\n");
      previous = &block;
    }
    if (tagged) out += "\n</division>\n";
  }
  return out + NotesToMarkdown(divisions);
}

}  // namespace galley
