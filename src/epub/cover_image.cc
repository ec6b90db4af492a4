#include "epub/cover_image.h"

#include <memory>

#include "epub/cover_design.h"
#include "epub/front_pages.h"
#include "fonts/font_library.h"
#include "render/render_png.h"
#include "shaping/shaper.h"

namespace galley::epub {

namespace {

// Changes whenever cover_design.cc draws differently, so old cached covers are not reused.
constexpr const char* kCoverDesign = "cover 1";

Result<std::string> ReadFont(const FileSystem& fs, const std::string& path) {
  if (!fs.Exists(path)) {
    return IoError(path, "the font file for the cover is missing",
                   "copy EB Garamond into fonts/, run galley from the project's root, or pass "
                   "--fonts DIR");
  }
  return fs.ReadFile(path);
}

Result<std::string> DrawCover(const FileSystem& fs, const model::Metadata& metadata,
                              const std::string& manuscript, const FontFiles& fonts) {
  Result<std::unique_ptr<fonts::FontLibrary>> library = fonts::FontLibrary::Create();
  if (!library.ok()) return library.take_error();
  Result<const fonts::Font*> regular = (*library)->Load(fs, fonts.regular);
  if (!regular.ok()) return regular.take_error();
  Result<const fonts::Font*> italic = (*library)->Load(fs, fonts.italic);
  if (!italic.ok()) return italic.take_error();
  shaping::Shaper shaper(metadata.language);
  CoverFaces faces{*regular, *italic};
  Result<frames::PageFrame> frame = CoverFrame(metadata, faces, shaper, manuscript);
  if (!frame.ok()) return frame.take_error();
  return render::RenderPng(*frame, faces.ById(), kCoverPixelsPerPoint);
}

}  // namespace

Result<CoverImage> TypographicCover(const FileSystem& fs, const model::Metadata& metadata,
                                    const std::string& manuscript, const FontFiles& fonts,
                                    ContentCache* cache) {
  Result<std::string> regular = ReadFont(fs, fonts.regular);
  if (!regular.ok()) return regular.take_error();
  Result<std::string> italic = ReadFont(fs, fonts.italic);
  if (!italic.ok()) return italic.take_error();
  CoverImage cover{{}, "image/png", "cover.png"};
  std::string key;
  if (cache->enabled()) {
    key = ContentCache::Key({kCoverDesign, metadata.title, metadata.subtitle,
                             JoinNames(metadata, "aut"), metadata.publisher, metadata.language,
                             cache->FileKey(fonts.regular, *regular),
                             cache->FileKey(fonts.italic, *italic)});
    if (std::optional<std::string> cached = cache->Get(key, "png")) {
      cover.bytes = std::move(*cached);
      return cover;
    }
  }
  Result<std::string> png = DrawCover(fs, metadata, manuscript, fonts);
  if (!png.ok()) return png.take_error();
  cache->Put(key, "png", *png);
  cover.bytes = std::move(png).value();
  return cover;
}

Result<CoverImage> SuppliedCover(const FileSystem& fs, const std::string& path) {
  if (!fs.Exists(path)) {
    return IoError(path, "the cover image is missing",
                   "give the path of a PNG or JPEG, or leave out --cover to get a typographic cover");
  }
  Result<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) return bytes.take_error();
  // Recognised by signature, not by name (PNG: RFC 2083 §3.1; JPEG/JFIF: SOI marker FF D8 FF).
  if (bytes->rfind("\x89PNG\r\n\x1a\n", 0) == 0) {
    return CoverImage{std::move(bytes).value(), "image/png", "cover.png"};
  }
  if (bytes->rfind("\xFF\xD8\xFF", 0) == 0) {
    return CoverImage{std::move(bytes).value(), "image/jpeg", "cover.jpg"};
  }
  return IoError(path, "is not a PNG or JPEG image", "EPUB covers must be PNG or JPEG (EPUB 3.3 §3.2)");
}

}  // namespace galley::epub
