// Reading the line-oriented text files of a title folder (source.ocr.txt, corrections.tsv,
// structure.tsv, metadata.txt) into one canonical form, so that text typed by an editor matches
// the OCR's text: UTF-8 checked (errors name line and column), byte-order mark dropped, CR LF
// and CR turned into LF, and Unicode Normalization Form C (UAX #15) so that "é" typed as one
// code point matches "e" + U+0301.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "io/file_system.h"

namespace galley {

// Bytes [begin, end) of a text.
struct ByteRange {
  size_t begin = 0;
  size_t end = 0;
};

struct SourceLine {
  SourceLine() = default;
  SourceLine(int number, std::string text, std::vector<ByteRange> corrected = {})
      : number(number), text(std::move(text)), corrected(std::move(corrected)) {}

  int number = 0;    // 1-based line number in its file
  std::string text;  // without the line ending
  // What corrections.tsv wrote into the line: later rules that guess words leave it alone.
  std::vector<ByteRange> corrected;
};

// The text of `path`, checked and normalised as above.
Result<std::string> ReadNormalizedText(const FileSystem& fs, const std::string& path);

// The same for a title's source, which may be in a single-byte `encoding` (source_encoding.h);
// "utf-8" reads as above.
Result<std::string> ReadSourceText(const FileSystem& fs, const std::string& path,
                                   std::string_view encoding);

// `text` in NFC; `path` names the file in the (unlikely) error.
Result<std::string> NormalizeNfc(std::string_view text, const std::string& path);

// Whether `text` holds nothing but spaces and tabs: a blank line.
bool IsBlank(std::string_view text);

// The lines of `text` (LF-separated), numbered from 1. A final LF does not start a line.
std::vector<SourceLine> SplitLines(std::string_view text);

}  // namespace galley
