// Character protrusion (margin kerning): how far a character at a line's start or end may
// hang into the margin, so that the edge the eye sees is straight although full stops,
// commas, hyphens and quotes are light (Hàn Thế Thành 2000; microtype's `protrusion` sets).
// Amounts are fractions of the glyph's own advance, read from a data file per font that the
// template names (fonts/protrusion/*.txt):
//
//   # character  left  right    (thousandths of the glyph's advance, as microtype writes them)
//   .            0     700
//   ‘            500   0
//   U+2014       150   150
//
// A character is written as itself or as U+XXXX; `#` starts a comment.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/result.h"
#include "shaping/shaped_run.h"

namespace galley::layout {

class ProtrusionTable {
 public:
  // Parses the file's text; `file` names it in errors (line and column of a bad entry).
  static Result<ProtrusionTable> Parse(std::string_view text, const std::string& file);

  // The fraction of `c`'s advance that may hang into the left (right) margin; 0 if unlisted.
  double Left(char32_t c) const;
  double Right(char32_t c) const;
  bool empty() const { return amounts_.empty(); }

  // Every amount multiplied by `factor` (the template's protrusion.factor).
  void Scale(double factor);

 private:
  struct Amounts {
    double left = 0, right = 0;
  };
  std::unordered_map<char32_t, Amounts> amounts_;
};

// One table for each of the book's faces (regular, italic, bold: text_style.h's Face).
using ProtrusionTables = std::array<ProtrusionTable, 3>;

// How far the text [begin, end) of `run` (offsets into the run's own text, which is `text`)
// may hang into the margins: its first character's left amount times its glyph's advance,
// its last character's right amount times its glyph's advance.
struct Hang {
  double left = 0, right = 0;
};
Hang HangOf(const ProtrusionTable& table, std::string_view text, const shaping::ShapedRun& run,
            uint32_t begin, uint32_t end);

}  // namespace galley::layout
