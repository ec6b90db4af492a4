#include "fonts/font.h"

#include <hb-ot.h>

#include <iterator>

namespace galley::fonts {

Font::~Font() {
  hb_font_destroy(hb_font_);
  hb_face_destroy(hb_face_);
  hb_blob_destroy(hb_blob_);
  if (ft_face_ != nullptr) FT_Done_Face(ft_face_);
}

bool Font::HasCodePoint(char32_t code_point) const {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(hb_font_, code_point, &glyph) && glyph != 0;
}

bool Font::HasFeature(hb_tag_t feature) const {
  for (hb_tag_t table : {HB_OT_TAG_GSUB, HB_OT_TAG_GPOS}) {
    // The feature list is read in pages; fonts rarely have more than a hundred entries.
    hb_tag_t tags[64];
    unsigned start = 0;
    unsigned count;
    do {
      count = std::size(tags);
      hb_ot_layout_table_get_feature_tags(hb_face_, table, start, &count, tags);
      for (unsigned i = 0; i < count; ++i) {
        if (tags[i] == feature) return true;
      }
      start += count;
    } while (count == std::size(tags));
  }
  return false;
}

}  // namespace galley::fonts
