// Who made a font and under what licence, as its name table says, for the book's imprint:
// fonts under the SIL Open Font License ask for no credit, but a careful edition gives one.
// Read from the file's bytes alone (HarfBuzz's name table, no FreeType), so that a build that
// finds its subsets cached does not load the font library for it.
#pragma once

#include <string>
#include <string_view>

namespace galley::fonts {

struct FontCredit {
  std::string family;     // the typographic family (name ID 16, else 1): "EB Garamond"
  // The copyright notice: name ID 0 when it names a copyright, else the first paragraph of the
  // licence description (ID 13) when that does; addresses in parentheses or angle brackets
  // and line breaks left out: "Copyright 2010-2013, Georg A. Duffner, 2013 Siva Kalyan".
  std::string copyright;
  // The licence: what ID 13 says the font is "licensed under" ("SIL Open Font License,
  // Version 1.1"), else the licence URL (ID 14).
  std::string licence;
};

// The credit of the font file `bytes` (an OpenType or TrueType font); fields a font does not
// give are empty.
FontCredit ReadFontCredit(std::string_view bytes);

}  // namespace galley::fonts
