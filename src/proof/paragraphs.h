// Paragraphs rebuilt from a record's typeset lines: consecutive lines of the same paragraph id
// (frames number every paragraph), or for lines without one (a record of format 1), from the
// same manuscript line and of the same kind. Text the book makes (source line 0: title page,
// imprint, contents) has no manuscript line to tell its blocks apart, so there a page also ends
// one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "proof/record.h"
#include "proof/words.h"

namespace galley::proof {

struct Paragraph {
  int source_line = 0;
  int id = 0;  // the frames' paragraph id, 0 when unknown
  std::string kind;
  size_t first_line = 0;  // index in Record::lines
  size_t line_count = 0;
  std::vector<Word> words;
  uint64_t key = 0;  // hash of the kind and the bare words: the same for the same text

  size_t end_line() const { return first_line + line_count; }
};

std::vector<Paragraph> GroupParagraphs(const Record& record);

// Same kind and the same words (SameWord): the same text, however it was broken.
bool SameText(const Paragraph& a, const Paragraph& b);

// The paragraph's first `count` words as an editor reads them, "…" added when there are more.
std::string OpeningWords(const Paragraph& paragraph, size_t count = 6);

}  // namespace galley::proof
