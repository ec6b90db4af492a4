// The Flate filter (ISO 32000-1 §7.4.4, zlib's format, RFC 1950) for the streams the
// incremental update rewrites: Cairo 1.16 compresses every page's content stream.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace galley::render {

// Errors (kInternal): data that is not a whole zlib stream, or that would inflate past
// `limit` bytes (a content stream is a few hundred kilobytes; a bomb is refused).
Result<std::string> FlateDecode(std::string_view data, size_t limit = size_t{1} << 28);

// Compressed at zlib `level` (1 fastest … 9 smallest; Z_DEFAULT_COMPRESSION is 6); the same
// bytes for the same input and level on every run.
std::string FlateEncode(std::string_view data, int level = 6);

}  // namespace galley::render
