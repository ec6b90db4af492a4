// Entries of a font's OpenType `name` table, read through HarfBuzz: what the font library shows
// as a face's family and style, and what the imprint credits (font_credit.h).
#pragma once

#include <string>

#include <hb-ot.h>

namespace galley::fonts {

// A name-table entry in UTF-8, in the font's default (English) language; empty if absent.
std::string FontName(hb_face_t* face, hb_ot_name_id_t name_id);

// The family as a reader knows it: the typographic family (name ID 16) where the font has one,
// since the legacy family (ID 1) of a face like "EB Garamond 12 Italic" carries its style too.
std::string FontFamilyName(hb_face_t* face);

}  // namespace galley::fonts
