#include "epub/font_embedding.h"

#include <algorithm>
#include <cctype>
#include <memory>

#include "epub/package_layout.h"
#include "fonts/font_library.h"
#include "fonts/subsetter.h"

namespace galley::epub {

namespace {

// Changes whenever what a subset holds changes (the feature list, the always-kept characters),
// so old cache entries are not reused.
constexpr const char* kSubsetDesign = "subset 1";

struct FaceToEmbed {
  FaceFile face;
  const std::string* path;
  bool italic;
  bool bold;
};

std::string BaseName(const std::string& path) { return path.substr(path.rfind('/') + 1); }

Result<std::string> MediaType(const std::string& path) {
  std::string name = BaseName(path);
  std::string extension = name.substr(name.rfind('.') + 1);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == "otf") return std::string("font/otf");
  if (extension == "ttf") return std::string("font/ttf");
  return IoError(path, "is not an OpenType font (.otf or .ttf)",
                 "embed EB Garamond's .otf files from fonts/");
}

std::vector<char32_t> CodePointsFor(const TextCoverage& coverage, FaceFile face) {
  std::vector<char32_t> code_points = coverage.CodePoints(face);
  const std::vector<char32_t>& always = AlwaysEmbeddedCodePoints();
  code_points.insert(code_points.end(), always.begin(), always.end());
  std::sort(code_points.begin(), code_points.end());
  code_points.erase(std::unique(code_points.begin(), code_points.end()), code_points.end());
  return code_points;
}

std::string Serialised(const std::vector<char32_t>& code_points) {
  std::string bytes;
  for (char32_t c : code_points) bytes.append(reinterpret_cast<const char*>(&c), sizeof c);
  return bytes;
}

// The subset's bytes, from the cache or made anew (loading the font library on first need).
Result<std::string> Subset(const FileSystem& fs, const std::string& path, const std::string& font_bytes,
                           const std::vector<char32_t>& code_points, ContentCache* cache,
                           std::unique_ptr<fonts::FontLibrary>* library) {
  std::string extension = BaseName(path).substr(BaseName(path).rfind('.') + 1);
  std::string key;
  if (cache->enabled()) {
    key = ContentCache::Key({kSubsetDesign, cache->FileKey(path, font_bytes), Serialised(code_points)});
    if (std::optional<std::string> cached = cache->Get(key, extension)) return *cached;
  }
  if (*library == nullptr) {
    Result<std::unique_ptr<fonts::FontLibrary>> created = fonts::FontLibrary::Create();
    if (!created.ok()) return created.take_error();
    *library = std::move(created).value();
  }
  Result<const fonts::Font*> font = (*library)->Load(fs, path);
  if (!font.ok()) return font.take_error();
  Result<std::string> subset = fonts::SubsetFont(**font, code_points);
  if (subset.ok()) cache->Put(key, extension, *subset);
  return subset;
}

}  // namespace

const std::vector<char32_t>& AlwaysEmbeddedCodePoints() {
  static const std::vector<char32_t> code_points = [] {
    std::vector<char32_t> list;
    for (char32_t c = 0x20; c <= 0x7E; ++c) list.push_back(c);
    list.insert(list.end(), {0x00A0, 0x00AD, 0x2010});
    return list;
  }();
  return code_points;
}

Result<std::vector<EmbeddedFont>> EmbedFonts(const FileSystem& fs, const FontFiles& files,
                                             const TextCoverage& coverage, ContentCache* cache) {
  std::vector<FaceToEmbed> faces = {{FaceFile::kRegular, &files.regular, false, false},
                                    {FaceFile::kItalic, &files.italic, true, false}};
  if (coverage.Uses(FaceFile::kBold)) faces.push_back({FaceFile::kBold, &files.bold, false, true});

  std::unique_ptr<fonts::FontLibrary> library;
  std::vector<EmbeddedFont> embedded;
  for (const FaceToEmbed& face : faces) {
    const std::string& path = *face.path;
    if (!fs.Exists(path)) {
      return IoError(path, "the font file is missing",
                     "copy EB Garamond into fonts/ (scripts/install-deps.sh does), run galley from "
                     "the project's root, or pass --fonts DIR");
    }
    Result<std::string> media_type = MediaType(path);
    if (!media_type.ok()) return media_type.take_error();
    Result<std::string> font_bytes = fs.ReadFile(path);
    if (!font_bytes.ok()) return font_bytes.take_error();
    Result<std::string> subset = Subset(fs, path, *font_bytes, CodePointsFor(coverage, face.face),
                                        cache, &library);
    if (!subset.ok()) return subset.take_error();
    embedded.push_back({std::string(kFontDir) + BaseName(path), *media_type, files.family,
                        face.italic, face.bold, std::move(subset).value()});
  }
  return embedded;
}

}  // namespace galley::epub
