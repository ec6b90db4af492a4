// The attribute strings of Cairo's link and destination tags (cairo_tag_begin, "Tags and
// Links" in the Cairo manual): `name='page-6' x=56.693 y=120.5` and
// `dest='page-6' rect=[56.693 110 20 12]`.
//
// Cairo 1.16 writes these coordinates into the PDF as given, without applying the current
// transformation, so they are in sheet coordinates: points from the sheet's top-left corner.
// Names are written unescaped, so they must be plain (CheckDestinations, link_targets.h).
#pragma once

#include <string>
#include <string_view>

namespace galley::render {

std::string DestinationAttributes(std::string_view name, double x, double y);
std::string LinkAttributes(std::string_view destination, double x, double y, double width,
                           double height);

}  // namespace galley::render
