#include "base/quoted_value.h"

#include "base/utf8.h"

namespace galley {

const std::string ClipForMessage(std::string_view value, size_t limit) {
  std::string out;
  size_t shown = 0;
  size_t i = 0;
  while (i < value.size() && shown < limit) {
    size_t length = Utf8SequenceLength(static_cast<unsigned char>(value[i]));
    if (i + length > value.size()) length = value.size() - i;
    if (value[i] == '\r') {  // a CRLF line break shows as one ⏎
      ++i;
      continue;
    }
    if (value[i] == '\n') {
      out += "⏎";
    } else {
      out.append(value, i, length);
    }
    i += length;
    ++shown;
  }
  if (i < value.size()) out += "…";
  return out;
}

}  // namespace galley
