// UTF-8 handling every reader of user files needs: validation that names the first bad byte's
// line and column, code-point decoding and encoding, and line lookup for error carets.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace galley {

// Length of the sequence a lead byte starts (1 for ASCII and for invalid lead bytes, so that a
// scan always advances).
int Utf8SequenceLength(unsigned char lead);

// Decodes the code point at text[*offset] and advances *offset. Invalid input yields U+FFFD
// and advances one byte.
char32_t DecodeUtf8(std::string_view text, size_t* offset);

void AppendUtf8(char32_t code_point, std::string* out);
std::string EncodeUtf8(char32_t code_point);

// Checks that `text` is well-formed UTF-8 without NUL bytes. A UTF-8 byte-order mark at the
// start is allowed. The error names `file`, the line and column, and says how to fix it.
Status ValidateText(std::string_view text, const std::string& file);

// The 1-based line and code-point column of a byte offset.
SourcePos PositionOfOffset(std::string_view text, size_t offset);

// The text of 1-based line `line` without its line ending; empty when out of range.
std::string_view LineOf(std::string_view text, int line);

}  // namespace galley
