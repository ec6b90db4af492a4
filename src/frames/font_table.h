// Fonts in frames are numbers (DocumentFrames::fonts): the table that hands them out while
// frames are made, and the loaded fonts that draw them. Frames read back from a layout record
// get their fonts loaded again from the files the record names, and a file whose bytes are
// no longer the font the book was set in is an error, not a silently different page.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "base/result.h"
#include "fonts/font.h"
#include "fonts/font_library.h"
#include "frames/page_frame.h"
#include "io/file_system.h"

namespace galley::frames {

// The loaded font of each font id.
using FontFaces = std::vector<const fonts::Font*>;

// What frames say about `font`: its file, names and digest.
FontRef DescribeFont(const fonts::Font& font);

class FontTable {
 public:
  // The id of `font`, given on its first use.
  uint16_t Id(const fonts::Font* font);

  const std::vector<FontRef>& refs() const { return refs_; }
  const FontFaces& faces() const { return faces_; }

 private:
  std::map<const fonts::Font*, uint16_t> ids_;
  std::vector<FontRef> refs_;
  FontFaces faces_;
};

// Loads each font of `refs` from its file. Errors: a file missing or unreadable, or one whose
// digest is not the one recorded (the font changed since the frames were made).
Result<FontFaces> LoadFontFaces(const std::vector<FontRef>& refs, fonts::FontLibrary& library,
                                const FileSystem& fs);

}  // namespace galley::frames
