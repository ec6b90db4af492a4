// Where something is in a source file. Lines and columns are 1-based; 0 means "not known".
// Columns count Unicode code points, as an editor shows them, not bytes.
#pragma once

#include <string>

namespace galley {

struct SourcePos {
  int line = 0;
  int column = 0;

  bool known() const { return line > 0; }
  friend bool operator==(const SourcePos&, const SourcePos&) = default;
  friend auto operator<=>(const SourcePos&, const SourcePos&) = default;
};

// A half-open stretch of one file. Model nodes keep one so that any later stage can point an
// editor at the manuscript text a problem came from.
struct SourceRange {
  SourcePos begin;
  SourcePos end;

  friend bool operator==(const SourceRange&, const SourceRange&) = default;
};

// A file and a position in it: what an error message names.
struct SourceLocation {
  std::string file;
  SourcePos pos;

  // "file:line:col", "file:line" or "file", whichever is known.
  std::string ToString() const;
};

}  // namespace galley
