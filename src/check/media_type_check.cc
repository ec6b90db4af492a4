// Media types (EPUB 3.3 §3.2, core media types): a manifest item's media-type must be what its
// file is. The extension and, for binary formats, the file's signature must agree with it.
#include <string_view>
#include <vector>

#include "check/checks.h"

namespace galley::check {
namespace {

struct KnownType {
  std::string_view extension;
  std::vector<std::string_view> media_types;  // accepted spellings, the preferred first
};

const std::vector<KnownType>& KnownTypes() {
  static const std::vector<KnownType> types = {
      {".xhtml", {"application/xhtml+xml"}},
      {".html", {"application/xhtml+xml"}},
      {".css", {"text/css"}},
      {".ncx", {"application/x-dtbncx+xml"}},
      {".svg", {"image/svg+xml"}},
      {".png", {"image/png"}},
      {".jpg", {"image/jpeg"}},
      {".jpeg", {"image/jpeg"}},
      {".gif", {"image/gif"}},
      {".webp", {"image/webp"}},
      {".otf", {"font/otf", "application/font-sfnt", "application/vnd.ms-opentype"}},
      {".ttf", {"font/ttf", "application/font-sfnt"}},
      {".woff", {"font/woff", "application/font-woff"}},
      {".woff2", {"font/woff2"}},
      {".js", {"application/javascript", "text/javascript", "application/ecmascript"}},
      {".mp3", {"audio/mpeg"}},
      {".smil", {"application/smil+xml"}},
  };
  return types;
}

// The first bytes that identify a binary format, and the media types they are.
struct Signature {
  std::string_view magic;
  std::string_view what;
  std::vector<std::string_view> media_types;
};

const std::vector<Signature>& Signatures() {
  static const std::vector<Signature> signatures = {
      {"\x89PNG\r\n\x1a\n", "a PNG image", {"image/png"}},
      {"\xff\xd8\xff", "a JPEG image", {"image/jpeg"}},
      {"GIF8", "a GIF image", {"image/gif"}},
      {"OTTO",
       "an OpenType (CFF) font",
       {"font/otf", "application/font-sfnt", "application/vnd.ms-opentype"}},
      {std::string_view("\x00\x01\x00\x00", 4),
       "a TrueType font",
       {"font/ttf", "font/otf", "application/font-sfnt", "application/vnd.ms-opentype"}},
      {"wOFF", "a WOFF font", {"font/woff", "application/font-woff"}},
      {"wOF2", "a WOFF2 font", {"font/woff2"}},
  };
  return signatures;
}

bool Contains(const std::vector<std::string_view>& list, std::string_view value) {
  for (std::string_view entry : list) {
    if (entry == value) return true;
  }
  return false;
}

std::string Extension(const std::string& path) {
  size_t slash = path.rfind('/');
  size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string extension = path.substr(dot);
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return extension;
}

void CheckItem(const Package& package, const ManifestItem& item, Reporter* reporter) {
  std::string extension = Extension(item.path);
  for (const KnownType& type : KnownTypes()) {
    if (type.extension == extension && !Contains(type.media_types, item.media_type)) {
      ReportAt(reporter, *package.opf, item.node,
               "media-type \"" + item.media_type + "\" does not fit " + item.path,
               "a " + extension + " file is " + std::string(type.media_types.front()));
    }
  }
  const std::string* bytes = package.archive.Find(item.path);
  if (bytes == nullptr) return;
  const Signature* found = nullptr;  // what the bytes are
  bool declared_binary = false;      // whether the media type is one with a signature
  for (const Signature& signature : Signatures()) {
    if (found == nullptr && bytes->starts_with(signature.magic)) found = &signature;
    if (Contains(signature.media_types, item.media_type)) declared_binary = true;
  }
  if (found != nullptr && !Contains(found->media_types, item.media_type)) {
    ReportAt(reporter, *package.opf, item.node,
             item.path + " is " + std::string(found->what) + ", not " + item.media_type);
  } else if (found == nullptr && declared_binary) {
    ReportAt(reporter, *package.opf, item.node,
             item.path + " does not begin with the signature of " + item.media_type);
  }
}

}  // namespace

void CheckMediaTypes(const Package& package, Reporter* reporter) {
  if (package.opf == nullptr) return;
  for (const ManifestItem& item : package.manifest) {
    if (!item.media_type.empty()) CheckItem(package, item, reporter);
  }
}

}  // namespace galley::check
