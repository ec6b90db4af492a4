// The cover image: the typographic cover (cover_design.h) drawn as a PNG, or an image the
// caller supplies. Drawing takes tens of milliseconds, so the PNG is cached by a hash of what
// it shows, the font files and kCoverDesign.
#pragma once

#include <string>

#include "base/result.h"
#include "epub/content_cache.h"
#include "epub/epub_options.h"
#include "io/file_system.h"
#include "model/document.h"

namespace galley::epub {

struct CoverImage {
  std::string bytes;
  std::string media_type;  // "image/png" or "image/jpeg"
  std::string file_name;   // "cover.png"
};

// Draws the typographic cover in the faces of `fonts`; errors point into `manuscript`'s front
// matter, where `metadata` comes from.
Result<CoverImage> TypographicCover(const FileSystem& fs, const model::Metadata& metadata,
                                    const std::string& manuscript, const FontFiles& fonts,
                                    ContentCache* cache);

// Reads a supplied PNG or JPEG; errors name the file.
Result<CoverImage> SuppliedCover(const FileSystem& fs, const std::string& path);

}  // namespace galley::epub
