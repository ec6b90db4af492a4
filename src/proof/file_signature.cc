#include "proof/file_signature.h"

#include <algorithm>

namespace galley::proof {

namespace {

// How far a NUL byte is looked for: text never has one, binary formats have one within their
// first few kilobytes.
constexpr size_t kSniffLength = 8192;

struct Signature {
  std::string_view magic;
  const char* kind;
};

// File signatures, as each format's specification gives them (ISO 32000-1 §7.5.2 for PDF).
constexpr Signature kSignatures[] = {
    {"%PDF-", "a PDF"},
    {"\x89PNG\r\n\x1a\n", "a PNG image"},
    {"\xff\xd8\xff", "a JPEG image"},
    {"GIF8", "a GIF image"},
    {"\x1f\x8b", "a gzip archive"},
    {"OTTO", "an OpenType font"},
};

}  // namespace

bool IsZipArchive(std::string_view bytes) {
  return bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06");
}

std::optional<std::string> BinaryKind(std::string_view bytes) {
  for (const Signature& signature : kSignatures) {
    if (bytes.starts_with(signature.magic)) return signature.kind;
  }
  std::string_view start = bytes.substr(0, kSniffLength);
  if (std::find(start.begin(), start.end(), '\0') != start.end()) return "binary data";
  return std::nullopt;
}

}  // namespace galley::proof
