// Lengths as a template or a command line writes them ("148mm", "10pt", "1.5em", "3mm") and
// their conversion to PDF points, the unit every later stage works in.
#pragma once

#include <optional>
#include <string_view>

namespace galley::layout {

enum class LengthUnit { kPoint, kMillimetre, kCentimetre, kInch, kPica, kEm };

struct Length {
  double value = 0;
  LengthUnit unit = LengthUnit::kPoint;

  // Points; an em is `em_size` points (the body size for template lengths).
  double ToPoints(double em_size) const;
};

constexpr double kPointsPerInch = 72.0;
constexpr double kPointsPerMillimetre = kPointsPerInch / 25.4;

// "12pt", "18mm", "1.5cm", "0.5in", "1pc", "1em", "-2pt". A number without a unit is not a
// length (a unitless "3" is ambiguous between points and millimetres). nullopt when malformed.
std::optional<Length> ParseLength(std::string_view text);

}  // namespace galley::layout
