#include "render/tag_attributes.h"

#include <charconv>

namespace galley::render {

namespace {

// Fixed notation with three decimals, whatever the process locale: Cairo's attribute parser
// wants a '.' decimal point and no exponent.
std::string Number(double value) {
  char buffer[64];
  auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3);
  if (error != std::errc()) return "0";
  return std::string(buffer, end);
}

}  // namespace

std::string DestinationAttributes(std::string_view name, double x, double y) {
  return "name='" + std::string(name) + "' x=" + Number(x) + " y=" + Number(y);
}

std::string LinkAttributes(std::string_view destination, double x, double y, double width,
                           double height) {
  return "dest='" + std::string(destination) + "' rect=[" + Number(x) + " " + Number(y) + " " +
         Number(width) + " " + Number(height) + "]";
}

}  // namespace galley::render
