#include "clean/source_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "clean/source_encoding.h"

namespace galley {
namespace {

std::string UnifyLineEndings(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out.push_back(text[i]);
    } else {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
  }
  return out;
}

}  // namespace

Result<std::string> NormalizeNfc(std::string_view text, const std::string& path) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return InternalError("ICU has no NFC normaliser: " + path);
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (nfc->isNormalized(unicode, status) && U_SUCCESS(status)) return std::string(text);
  icu::UnicodeString normalized = nfc->normalize(unicode, status);
  if (U_FAILURE(status)) return InternalError("ICU could not normalise " + path);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

namespace {

// Valid UTF-8 `bytes` without a byte-order mark, with LF line ends, in NFC.
Result<std::string> Normalized(std::string_view text, const std::string& path) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return NormalizeNfc(UnifyLineEndings(text), path);
}

}  // namespace

Result<std::string> ReadNormalizedText(const FileSystem& fs, const std::string& path) {
  Result<std::string> bytes = ReadTextFile(fs, path);
  if (!bytes.ok()) return bytes;
  return Normalized(*bytes, path);
}

Result<std::string> ReadSourceText(const FileSystem& fs, const std::string& path,
                                   std::string_view encoding) {
  Result<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) return bytes;
  if (encoding == "utf-8") {
    GALLEY_RETURN_IF_ERROR(CheckUtf8Source(*bytes, path));
    return Normalized(*bytes, path);
  }
  Result<std::string> text = DecodeSingleByte(*bytes, encoding, path);
  if (!text.ok()) return text;
  return NormalizeNfc(UnifyLineEndings(*text), path);
}

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

std::vector<SourceLine> SplitLines(std::string_view text) {
  std::vector<SourceLine> lines;
  int number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({++number, std::string(text.substr(start, end - start)), {}});
    start = end + 1;
  }
  return lines;
}

}  // namespace galley
