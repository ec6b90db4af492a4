#include "layout/template/length.h"

#include <charconv>

namespace galley::layout {

double Length::ToPoints(double em_size) const {
  switch (unit) {
    case LengthUnit::kPoint: return value;
    case LengthUnit::kMillimetre: return value * kPointsPerMillimetre;
    case LengthUnit::kCentimetre: return value * 10 * kPointsPerMillimetre;
    case LengthUnit::kInch: return value * kPointsPerInch;
    case LengthUnit::kPica: return value * 12;
    case LengthUnit::kEm: return value * em_size;
  }
  return value;
}

std::optional<Length> ParseLength(std::string_view text) {
  struct UnitName {
    std::string_view name;
    LengthUnit unit;
  };
  static const UnitName kUnits[] = {
      {"pt", LengthUnit::kPoint}, {"mm", LengthUnit::kMillimetre},
      {"cm", LengthUnit::kCentimetre}, {"in", LengthUnit::kInch},
      {"pc", LengthUnit::kPica}, {"em", LengthUnit::kEm},
  };
  for (const UnitName& unit : kUnits) {
    if (text.size() <= unit.name.size() || !text.ends_with(unit.name)) continue;
    std::string_view number = text.substr(0, text.size() - unit.name.size());
    Length length{0, unit.unit};
    auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), length.value);
    if (error != std::errc() || end != number.data() + number.size()) return std::nullopt;
    return length;
  }
  return std::nullopt;
}

}  // namespace galley::layout
