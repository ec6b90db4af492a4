#include "clean/gutenberg_lines.h"

#include <algorithm>

namespace galley {
namespace {

std::string_view Trimmed(std::string_view text, size_t* start) {
  *start = text.find_first_not_of(" \t");
  if (*start == std::string_view::npos) return {};
  return text.substr(*start);
}

// Where the bracket opened at the start of lines[first] (depth 1 after `from`) closes.
std::optional<std::pair<size_t, size_t>> ClosingBracket(const std::vector<SourceLine>& lines,
                                                        size_t first, size_t from) {
  int depth = 1;
  // A placeholder never runs for pages: give up after a generous number of lines.
  constexpr size_t kMaxLines = 200;
  for (size_t l = first; l < lines.size() && l < first + kMaxLines; ++l) {
    const std::string& text = lines[l].text;
    for (size_t i = l == first ? from : 0; i < text.size(); ++i) {
      if (text[i] == '[') ++depth;
      if (text[i] == ']' && --depth == 0) return std::make_pair(l, i);
    }
  }
  return std::nullopt;
}

// The opening of a transcriber's placeholder for a picture, in the transcription's language:
// "[Illustration", and the Distributed Proofreaders' Italian, Spanish, Portuguese, German and
// Dutch words for it. Empty when `text` opens none.
std::string_view IllustrationPlaceholder(std::string_view text) {
  for (std::string_view opening : {"[Illustration", "[Illustrazione", "[Ilustraci\u00F3n",
                                   "[Ilustra\u00E7\u00E3o", "[Abbildung", "[Illustratie"}) {
    if (text.starts_with(opening)) return opening;
  }
  return {};
}

}  // namespace

bool IsNoteLabel(std::string_view label) {
  if (label == "*" || label == "\u2020") return true;
  if (label.size() == 1 && label[0] >= 'A' && label[0] <= 'Z') return true;
  return !label.empty() && label.size() <= 3 &&
         std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<BracketBlock> BracketBlockAt(const std::vector<SourceLine>& lines, size_t i) {
  size_t start = 0;
  std::string_view text = Trimmed(lines[i].text, &start);
  BracketBlock block;
  size_t inside = 0;
  std::string_view placeholder = IllustrationPlaceholder(text);
  if (!placeholder.empty()) {
    block.kind = BracketBlock::Kind::kIllustration;
    inside = start + placeholder.size();
    if (inside < lines[i].text.size() && lines[i].text[inside] == ':') ++inside;
  } else if (text.starts_with("[Footnote ")) {
    size_t colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    std::string_view label = text.substr(10, colon - 10);
    if (!IsNoteLabel(label)) return std::nullopt;
    block.kind = BracketBlock::Kind::kFootnote;
    block.label = std::string(label);
    inside = start + colon + 1;
  } else {
    return std::nullopt;
  }
  auto close = ClosingBracket(lines, i, start + 1);
  if (!close) return std::nullopt;
  block.last_line = close->first;
  block.text_end = close->second;
  block.text_begin = std::min(inside, block.last_line == i ? block.text_end : inside);
  return block;
}

std::optional<std::string> NoteDefinitionLabel(std::string_view line, size_t* text_start) {
  size_t start = 0;
  std::string_view text = Trimmed(line, &start);
  if (!text.starts_with('[')) return std::nullopt;
  size_t close = text.find(']');
  if (close == std::string_view::npos || close + 1 >= text.size()) return std::nullopt;
  std::string_view label = text.substr(1, close - 1);
  if (!IsNoteLabel(label) || (text[close + 1] != ' ' && text[close + 1] != '\t')) {
    return std::nullopt;
  }
  size_t after = text.find_first_not_of(" \t", close + 1);
  if (after == std::string_view::npos) return std::nullopt;
  *text_start = start + after;
  return std::string(label);
}

SourceLine Slice(const SourceLine& line, size_t begin, size_t end) {
  SourceLine out{line.number, line.text.substr(begin, end - begin), {}};
  for (const ByteRange& range : line.corrected) {
    size_t b = std::max(range.begin, begin);
    size_t e = std::min(range.end, end);
    if (b < e) out.corrected.push_back({b - begin, e - begin});
  }
  return out;
}

}  // namespace galley
