// Font subsetting with hb-subset, for embedding in EPUBs: only the glyphs the book uses, with
// the layout features (kerning, ligatures, small caps, figures) that reach them kept working.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "fonts/font.h"

namespace galley::fonts {

// OpenType features whose glyphs and lookups a subset keeps: kern, liga, clig, calt, smcp,
// c2sc, onum, lnum, pnum, tnum, and the defaults hb-subset keeps anyway.
const std::vector<hb_tag_t>& EmbeddedFeatures();

// The font reduced to `code_points` (any order, duplicates allowed) and every glyph the
// EmbeddedFeatures() reach from them. Returns the new font file's bytes (same format: OTF/CFF
// stays CFF). Deterministic: the same input gives the same bytes.
Result<std::string> SubsetFont(const Font& font, const std::vector<char32_t>& code_points);

}  // namespace galley::fonts
