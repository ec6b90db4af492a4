// Three dots become the ellipsis character: "began..." → "began…", "workers... But" →
// "workers… But", and spaced dots ". . ." → "…". A run of four or more dots is left as it is and
// reported: it may be a period and an ellipsis, or OCR noise.
#pragma once

#include <string_view>

#include "typography/text_edit.h"

namespace galley {

TextFix SetEllipses(std::string_view text);

}  // namespace galley
