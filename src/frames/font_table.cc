#include "frames/font_table.h"

#include <cstdio>
#include <filesystem>

#include "base/stable_hash.h"

namespace galley::frames {

FontRef DescribeFont(const fonts::Font& font) {
  char digest[17];
  std::snprintf(digest, sizeof digest, "%016llx",
                static_cast<unsigned long long>(Fnv1a64(font.data())));
  // Normalised so that "templates/print/../../fonts/X.otf" is written "fonts/X.otf".
  std::string file = std::filesystem::path(font.path()).lexically_normal().generic_string();
  return FontRef{file, font.family(), font.style(), digest};
}

uint16_t FontTable::Id(const fonts::Font* font) {
  auto [found, added] = ids_.emplace(font, static_cast<uint16_t>(refs_.size()));
  if (added) {
    refs_.push_back(DescribeFont(*font));
    faces_.push_back(font);
  }
  return found->second;
}

Result<FontFaces> LoadFontFaces(const std::vector<FontRef>& refs, fonts::FontLibrary& library,
                                const FileSystem& fs) {
  FontFaces faces;
  for (const FontRef& ref : refs) {
    Result<const fonts::Font*> font = library.Load(fs, ref.file);
    if (!font.ok()) return font.take_error();
    if (DescribeFont(**font).digest != ref.digest) {
      return IoError(ref.file, "is not the font the book was set in (its digest was " +
                                   ref.digest + ")",
                     "typeset the book again, or restore the font file it was set with");
    }
    faces.push_back(*font);
  }
  return faces;
}

}  // namespace galley::frames
