#include "hyphen/pattern_text.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace galley::hyphen {

namespace {

std::string FirstLine(std::string_view bytes, size_t* rest) {
  size_t end = bytes.find('\n');
  *rest = end == std::string_view::npos ? bytes.size() : end + 1;
  std::string line(bytes.substr(0, end == std::string_view::npos ? bytes.size() : end));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.pop_back();
  }
  return line;
}

// Line and column (in characters of a single-byte or UTF-8 text) of byte `offset`.
SourcePos PositionOf(std::string_view bytes, size_t offset, bool utf8) {
  SourcePos pos{1, 1};
  for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
    unsigned char byte = static_cast<unsigned char>(bytes[i]);
    if (byte == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if (!utf8 || (byte & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  return pos;
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

}  // namespace

Result<std::string> PatternTextAsUtf8(std::string_view bytes, const std::string& path) {
  size_t rest = 0;
  std::string charset = FirstLine(bytes, &rest);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(
      charset.empty() ? nullptr : ucnv_open(charset.c_str(), &status));
  if (converter == nullptr || U_FAILURE(status)) {
    Error error = InputError({path, {1, 1}},
                             "a hyphenation dictionary's first line names the encoding of its "
                             "patterns, and \"" + charset.substr(0, 40) +
                                 "\" is not an encoding ICU knows",
                             "put the encoding's name (UTF-8, ISO8859-1…) on a line of its own at "
                             "the top of the file");
    error.source_line = charset;
    return error;
  }
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &status);
  std::string_view patterns = bytes.substr(rest);
  icu::UnicodeString text;
  const char* source = patterns.data();
  const char* source_end = source + patterns.size();
  std::vector<UChar> buffer(64 * 1024);
  while (true) {
    UChar* target = buffer.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, source_end,
                   nullptr, true, &status);
    text.append(buffer.data(), static_cast<int32_t>(target - buffer.data()));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_SUCCESS(status)) break;
    char invalid[32];
    int8_t invalid_length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter.get(), invalid, &invalid_length, &ignored);
    size_t offset = rest + static_cast<size_t>(source - patterns.data()) -
                    static_cast<size_t>(std::max<int8_t>(invalid_length, 0));
    bool utf8 = ucnv_getType(converter.get()) == UCNV_UTF8;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[offset]));
    return InputError({path, PositionOf(bytes, offset, utf8)},
                      "byte " + std::string(hex) + " is not valid " + charset +
                          ", the encoding the hyphenation dictionary's first line declares",
                      "correct the first line to the file's real encoding");
  }
  std::string out = "UTF-8\n";
  text.toUTF8String(out);
  return out;
}

}  // namespace galley::hyphen
