// Base64 (RFC 4648 §4, with padding): for bytes carried inside text, such as the page images
// a proof report embeds as data: URIs.
#pragma once

#include <string>
#include <string_view>

namespace galley {

std::string EncodeBase64(std::string_view bytes);

}  // namespace galley
