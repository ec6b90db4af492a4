// Owns the FreeType library handle and every font loaded through it. Fonts come only from
// files the caller names (the project's fonts/ folder): there is no system font lookup, so
// every machine sets the same pages.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "base/result.h"
#include "fonts/font.h"
#include "io/file_system.h"

namespace galley::fonts {

class FontLibrary {
 public:
  static Result<std::unique_ptr<FontLibrary>> Create();
  ~FontLibrary();

  // Loads `path` once; later calls return the same Font. Errors name the file: missing,
  // unreadable, or not a font FreeType and HarfBuzz can read.
  Result<const Font*> Load(const FileSystem& fs, const std::string& path);

 private:
  FontLibrary() = default;
  FT_Library ft_library_ = nullptr;
  uint32_t next_id_ = 1;  // 0 is never a font's id
  std::map<std::string, std::unique_ptr<Font>> fonts_;
};

}  // namespace galley::fonts
