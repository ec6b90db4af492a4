#include "render/pdf_flate.h"

#include <zlib.h>

namespace galley::render {

Result<std::string> FlateDecode(std::string_view data, size_t limit) {
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) return InternalError("zlib could not start inflating");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[1 << 15];
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    status = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
    if (out.size() > limit) status = Z_MEM_ERROR;
    if (status == Z_BUF_ERROR && stream.avail_in == 0) break;  // the data ended early
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END) {
    return InternalError("a Flate stream of " + std::to_string(data.size()) +
                         " bytes does not inflate (zlib status " + std::to_string(status) + ")");
  }
  return out;
}

std::string FlateEncode(std::string_view data, int level) {
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  std::string out(size, '\0');
  compress2(reinterpret_cast<Bytef*>(out.data()), &size,
            reinterpret_cast<const Bytef*>(data.data()), static_cast<uLong>(data.size()), level);
  out.resize(size);
  return out;
}

}  // namespace galley::render
