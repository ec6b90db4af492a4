// Cairo's output callbacks (cairo_write_func_t) writing into a std::string, so that the
// renderer returns bytes and the caller writes the file atomically.
#pragma once

#include <cairo.h>

#include <string>

namespace galley::render {

inline cairo_status_t AppendToString(void* closure, const unsigned char* data,
                                     unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace galley::render
