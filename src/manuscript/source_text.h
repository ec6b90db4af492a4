// The manuscript's text with a table of line starts. It turns the (line, byte column) positions
// cmark-gfm reports into the (line, code-point column) an editor shows, and makes errors that
// quote the offending line. Lines and columns are 1-based, as everywhere in Galley.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "base/source_position.h"

namespace galley::manuscript {

class SourceText {
 public:
  // `text` must outlive this object; a UTF-8 byte-order mark should already be stripped.
  SourceText(std::string path, std::string_view text);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }

  // Byte offset where `line` starts; the text's size past the last line.
  size_t LineStart(int line) const;
  // The text of `line` without its line ending; empty when out of range.
  std::string_view Line(int line) const;

  // The position of the character at 1-based byte column `byte_column` of `line`; the column
  // counts code points. Byte column 0, or one past the line's end, are allowed (a half-open
  // end). Amortised O(1) for increasing columns on one line, so converting every node of a
  // large manuscript stays linear.
  SourcePos Position(int line, int byte_column) const;
  // The position of byte `offset` of the whole text (binary search over the lines).
  SourcePos PositionOfOffset(size_t offset) const;
  // Just past the last character of `line`.
  SourcePos EndOfLine(int line) const;

  // An InputError at `pos` that quotes the line.
  Error MakeError(SourcePos pos, std::string message, std::string hint) const;
  std::string Where(SourcePos pos) const;  // "file:line:col", for naming a second place

 private:
  std::string path_;
  std::string_view text_;
  std::vector<size_t> line_starts_;
  // Where the last Position() call ended: scanning resumes here on the same line.
  mutable int cursor_line_ = 0;
  mutable int cursor_byte_ = 0;
  mutable int cursor_column_ = 1;
};

}  // namespace galley::manuscript
