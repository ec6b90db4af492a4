// The bracketed blocks of a Project Gutenberg text, found line by line before paragraphs are
// formed, since they may hold blank lines: `[Illustration]` and `[Illustration: caption]`
// (the transcriber's placeholder for a picture; Italian transcriptions write
// `[Illustrazione: …]`, Spanish `[Ilustración: …]`, German `[Abbildung: …]`) and
// `[Footnote 1: text]` (a note's text, in the Distributed Proofreaders' convention; references
// to it are `[1]`). A bracketed block starts a line and ends at its matching `]`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clean/source_text.h"

namespace galley {

struct BracketBlock {
  enum class Kind { kIllustration, kFootnote } kind = Kind::kIllustration;
  std::string label;       // kFootnote: "1", "A", "*"
  size_t last_line = 0;    // index of the line holding the closing bracket
  size_t text_begin = 0;   // the text inside: from this byte of the first line…
  size_t text_end = 0;     // …to this byte of the last line (the closing bracket)
};

// The bracketed block that starts on lines[i], if one does and it closes.
std::optional<BracketBlock> BracketBlockAt(const std::vector<SourceLine>& lines, size_t i);

// A note's text as the Project Gutenberg source writes it at the start of a paragraph: "[1] "
// or "[A] " and then text. Returns the label, and in `text_start` where the text begins.
std::optional<std::string> NoteDefinitionLabel(std::string_view line, size_t* text_start);

// A note label inside brackets: one to three digits, a capital letter, or * or †.
bool IsNoteLabel(std::string_view label);

// Bytes [begin, end) of `line`, with its corrected ranges moved along.
SourceLine Slice(const SourceLine& line, size_t begin, size_t end);

}  // namespace galley
