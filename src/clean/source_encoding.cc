#include "clean/source_encoding.h"

#include <cctype>
#include <memory>
#include <optional>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "base/utf8.h"

namespace galley {
namespace {

std::string Hex(unsigned char byte) {
  const char* digits = "0123456789ABCDEF";
  return std::string("0x") + digits[byte >> 4] + digits[byte & 15];
}

// The line and column of byte `offset`, counting a byte as a character.
SourcePos BytePosition(std::string_view bytes, size_t offset) {
  SourcePos pos{1, 1};
  for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

// The line holding byte `offset`, shown as Latin-1 (so that the caret lines up), CR dropped.
std::string LineAround(std::string_view bytes, size_t offset) {
  size_t start = bytes.rfind('\n', offset == 0 ? 0 : offset - 1);
  start = start == std::string_view::npos || offset == 0 ? 0 : start + 1;
  size_t end = bytes.find('\n', offset);
  if (end == std::string_view::npos) end = bytes.size();
  std::string out;
  for (size_t i = start; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\r') continue;
    AppendUtf8(i == offset || (c >= 0x80 && c < 0xA0) ? U'\uFFFD' : c, &out);
  }
  return out;
}

Error ByteError(std::string_view bytes, size_t offset, const std::string& file,
                std::string message, std::string hint) {
  Error error = InputError({file, BytePosition(bytes, offset)}, std::move(message),
                           std::move(hint));
  error.source_line = LineAround(bytes, offset);
  return error;
}

// The first byte of a multi-byte UTF-8 sequence, when the whole file is valid UTF-8.
std::optional<size_t> FirstUtf8Sequence(std::string_view bytes) {
  if (!ValidateText(bytes, "").ok()) return std::nullopt;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (static_cast<unsigned char>(bytes[i]) >= 0x80) return i;
  }
  return std::nullopt;
}

// What source-encoding a file's own "Character set encoding: …" line (Project Gutenberg's
// header) asks for, if it names one Galley reads.
std::optional<std::string> DeclaredEncoding(std::string_view bytes) {
  constexpr std::string_view kLabel = "Character set encoding: ";
  size_t at = bytes.find(kLabel);
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view value = bytes.substr(at + kLabel.size());
  value = value.substr(0, value.find_first_of("\r\n"));
  std::string lower;
  for (char c : value) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.starts_with("iso-8859-15")) return "iso-8859-15";
  if (lower.starts_with("iso-8859-1") || lower.starts_with("iso-latin-1") ||
      lower.starts_with("latin-1") || lower.starts_with("latin1")) {
    return "iso-8859-1";
  }
  if (lower.starts_with("windows-1252") || lower.starts_with("cp1252")) return "windows-1252";
  return std::nullopt;
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

}  // namespace

Status CheckUtf8Source(std::string_view bytes, const std::string& file) {
  Status valid = ValidateText(bytes, file);
  if (valid.ok() || bytes.find('\0') != std::string_view::npos) return valid;
  Error error = valid.error();
  if (std::optional<std::string> declared = DeclaredEncoding(bytes)) {
    error.hint = "the file says its encoding is " + *declared + ": write source-encoding: " +
                 *declared + " in metadata.txt (the source is read as it is, never converted)";
  } else {
    error.hint = "name its encoding in metadata.txt rather than converting it: source-encoding: "
                 "iso-8859-1 (Project Gutenberg's older files), windows-1252 or iso-8859-15";
  }
  return error;
}

Result<std::string> DecodeSingleByte(std::string_view bytes, std::string_view encoding,
                                     const std::string& file) {
  std::string name(encoding);
  if (std::optional<size_t> utf8 = FirstUtf8Sequence(bytes)) {
    return ByteError(bytes, *utf8, file,
                     "the file is UTF-8, but metadata.txt says its encoding is " + name,
                     "remove the source-encoding line from metadata.txt");
  }
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0') {
      return ByteError(bytes, i, file, "the file contains a NUL byte", "this is not a text file");
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return InternalError("ICU has no converter for " + name);
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &status);
  // A single-byte encoding gives at most one UTF-16 unit per byte.
  std::u16string units(bytes.size(), u'\0');
  UChar* target = units.data();
  const char* source = bytes.data();
  ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source,
                 bytes.data() + bytes.size(), nullptr, true, &status);
  if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND) {
    size_t offset = static_cast<size_t>(source - bytes.data()) - 1;
    return ByteError(bytes, offset, file,
                     "byte " + Hex(static_cast<unsigned char>(bytes[offset])) +
                         " is not a character in " + name,
                     "check source-encoding in metadata.txt: the file may be in another "
                     "encoding");
  }
  if (U_FAILURE(status)) return InternalError("ICU could not convert " + file + " from " + name);
  // One byte gave one UTF-16 unit, so a unit's index is its byte's offset. A C1 control
  // (U+0080–U+009F) is what ICU makes of a byte the encoding leaves undefined, and what
  // ISO-8859-1 calls bytes 0x80–0x9F; no text holds one.
  for (size_t i = 0; i < static_cast<size_t>(target - units.data()); ++i) {
    if (units[i] < 0x80 || units[i] >= 0xA0) continue;
    unsigned char byte = static_cast<unsigned char>(bytes[i]);
    if (name.starts_with("iso-8859")) {
      return ByteError(bytes, i, file,
                       "byte " + Hex(byte) + " is a control character in " + name +
                           ", which no text holds",
                       "the file is probably windows-1252: write source-encoding: windows-1252 "
                       "in metadata.txt");
    }
    return ByteError(bytes, i, file, "byte " + Hex(byte) + " is not a character in " + name,
                     "check source-encoding in metadata.txt: the file may be in another "
                     "encoding");
  }
  std::string out;
  icu::UnicodeString(units.data(), static_cast<int32_t>(target - units.data())).toUTF8String(out);
  return out;
}

}  // namespace galley
