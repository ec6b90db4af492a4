#include "base/utf8.h"

namespace galley {

int Utf8SequenceLength(unsigned char lead) {
  if (lead < 0xC2) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  if (lead < 0xF5) return 4;
  return 1;
}

namespace {

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the well-formed sequence at text[offset], or 0 if it is not well formed
// (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
int WellFormedLength(std::string_view text, size_t offset) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  int length = Utf8SequenceLength(lead);
  if (length == 1 || offset + length > text.size()) return 0;
  for (int i = 1; i < length; ++i) {
    if (!IsContinuation(byte(i))) return 0;
  }
  if (lead == 0xE0 && byte(1) < 0xA0) return 0;  // overlong
  if (lead == 0xED && byte(1) > 0x9F) return 0;  // surrogate
  if (lead == 0xF0 && byte(1) < 0x90) return 0;  // overlong
  if (lead == 0xF4 && byte(1) > 0x8F) return 0;  // above U+10FFFF
  return length;
}

}  // namespace

char32_t DecodeUtf8(std::string_view text, size_t* offset) {
  size_t at = *offset;
  int length = WellFormedLength(text, at);
  if (length == 0) {
    *offset = at + 1;
    return 0xFFFD;
  }
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[at + i]); };
  char32_t cp;
  switch (length) {
    case 1: cp = byte(0); break;
    case 2: cp = ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F); break;
    case 3: cp = ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F); break;
    default:
      cp = ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
           (byte(3) & 0x3F);
  }
  *offset = at + length;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string EncodeUtf8(char32_t cp) {
  std::string out;
  AppendUtf8(cp, &out);
  return out;
}

Status ValidateText(std::string_view text, const std::string& file) {
  size_t offset = 0;
  while (offset < text.size()) {
    if (text[offset] == '\0') {
      Error error = InputError({file, PositionOfOffset(text, offset)},
                               "the file contains a NUL byte",
                               "this is not a text file; save it again as UTF-8 text");
      error.source_line = std::string(LineOf(text, error.where.pos.line));
      return error;
    }
    int length = WellFormedLength(text, offset);
    if (length == 0) {
      Error error = InputError(
          {file, PositionOfOffset(text, offset)},
          "the file is not valid UTF-8 (byte 0x" +
              std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(text[offset]) >> 4]) +
              std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(text[offset]) & 15]) +
              ")",
          "convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8`");
      return error;
    }
    offset += length;
  }
  return Status::Ok();
}

SourcePos PositionOfOffset(std::string_view text, size_t offset) {
  SourcePos pos{1, 1};
  for (size_t i = 0; i < offset && i < text.size();) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
      ++i;
    } else {
      ++pos.column;
      i += Utf8SequenceLength(static_cast<unsigned char>(text[i]));
    }
  }
  return pos;
}

std::string_view LineOf(std::string_view text, int line) {
  if (line < 1) return {};
  size_t start = 0;
  for (int current = 1; current < line; ++current) {
    size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) return {};
    start = newline + 1;
  }
  size_t end = text.find('\n', start);
  std::string_view result = text.substr(start, end == std::string_view::npos ? text.npos
                                                                            : end - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

}  // namespace galley
