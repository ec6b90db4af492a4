// The FT_Face charmap Cairo walks for nothing. To name a glyph in a PDF font subset, Cairo 1.16
// maps it back to Unicode: it searches the font's (3,1) format-4 cmap table itself, and when
// that finds no character it walks the FT_Face's selected charmap one character at a time
// (_cairo_ft_index_to_ucs4, FT_Get_First_Char and FT_Get_Next_Char: some 190,000 instructions
// over EB Garamond's 1,949 characters). The walk runs for every glyph no character maps to —
// small capitals, old-style figures, ligatures, in every face and subset that draws one — and
// finds nothing whenever the selected charmap is that same table and Cairo's search reads all
// of it: 78 walks, 3 % of the pamphlet's instructions. Galley maps characters with HarfBuzz
// and asks FreeType only for outlines and metrics, so the charmap can be unselected; the walk
// then ends at its first step with the same answer.
#pragma once

#include <ft2build.h>
#include FT_FREETYPE_H

namespace galley::render {

// Whether Cairo's own search of `face`'s cmap table finds every glyph the selected charmap
// maps: the selected charmap is the table's only (3,1) subtable, in format 4, and none of its
// segments is one Cairo reads differently from FreeType (a glyph array with an idDelta, or
// one that runs past the subtable).
bool CairoSearchCoversCharmap(FT_Face face);

// Unselects `face`'s charmap when CairoSearchCoversCharmap; otherwise leaves it. The face's
// charmap is then no longer there for FT_Get_Char_Index: only for faces that Cairo draws
// and that nothing else maps characters with.
void UnselectCharmapCairoWouldWalk(FT_Face face);

}  // namespace galley::render
