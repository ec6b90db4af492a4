#include "model/edition_date.h"

#include <chrono>

namespace galley::model {
namespace {

// The number `digits` long at text[at], or -1 when those are not all ASCII digits.
int Digits(std::string_view text, size_t at, size_t digits) {
  if (at + digits > text.size()) return -1;
  int value = 0;
  for (size_t i = at; i < at + digits; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<EditionDate> ParseEditionDate(std::string_view text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  EditionDate date;
  date.year = Digits(text, 0, 4);
  if (date.year < 1) return std::nullopt;
  if (text.size() >= 7) {
    date.month = Digits(text, 5, 2);
    if (text[4] != '-' || date.month < 1 || date.month > 12) return std::nullopt;
  }
  if (text.size() == 10) {
    date.day = Digits(text, 8, 2);
    if (text[7] != '-' || date.day < 1) return std::nullopt;
    using namespace std::chrono;
    year_month_day ymd{year(date.year), month(static_cast<unsigned>(date.month)),
                       day(static_cast<unsigned>(date.day))};
    if (!ymd.ok()) return std::nullopt;
  }
  return date;
}

}  // namespace galley::model
