// Font subsetting with hb-subset, for embedding in EPUBs: only the glyphs the book uses, with
// the layout features (kerning, ligatures, small caps, figures) that reach them kept working.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "fonts/font.h"

namespace galley::fonts {

// OpenType features whose glyphs and lookups a subset keeps, and only these: what reading
// systems apply to Latin text by default (ccmp, locl, mark, mkmk, rlig, liga, clig, calt, kern,
// rclt, curs, dist, rvrn) and what templates ask for (smcp, c2sc, onum, lnum, pnum, tnum).
// hb-subset's own default list also keeps fractions, swashes and the Indic and Arabic forms:
// for the pamphlet in EB Garamond, 348 glyphs and 60 KB instead of 193 glyphs and 43 KB.
const std::vector<hb_tag_t>& EmbeddedFeatures();

// The font reduced to `code_points` (any order, duplicates allowed) and every glyph the
// EmbeddedFeatures() reach from them. Returns the new font file's bytes (same format: OTF/CFF
// stays CFF). Keeps the name table's family, style, copyright and licence records (IDs 0–6,
// 13, 14, 16, 17), so the subset still carries its OFL notice. Deterministic: the same input
// gives the same bytes.
Result<std::string> SubsetFont(const Font& font, const std::vector<char32_t>& code_points);

}  // namespace galley::fonts
