#include "fonts/font_names.h"

namespace galley::fonts {

std::string FontName(hb_face_t* face, hb_ot_name_id_t name_id) {
  unsigned size = hb_ot_name_get_utf8(face, name_id, HB_LANGUAGE_INVALID, nullptr, nullptr);
  if (size == 0) return {};
  std::string text(size + 1, '\0');  // room for the terminating NUL HarfBuzz writes
  unsigned capacity = size + 1;
  hb_ot_name_get_utf8(face, name_id, HB_LANGUAGE_INVALID, &capacity, text.data());
  text.resize(capacity);
  return text;
}

std::string FontFamilyName(hb_face_t* face) {
  std::string family = FontName(face, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY);
  return family.empty() ? FontName(face, HB_OT_NAME_ID_FONT_FAMILY) : family;
}

}  // namespace galley::fonts
