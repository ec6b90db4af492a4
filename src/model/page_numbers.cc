#include "model/page_numbers.h"

#include <string>

namespace galley::model {

namespace {

int RomanDigit(char c) {
  switch (c) {
    case 'i': return 1;
    case 'v': return 5;
    case 'x': return 10;
    case 'l': return 50;
    case 'c': return 100;
    case 'd': return 500;
    case 'm': return 1000;
    default: return 0;
  }
}

std::string LowerRoman(int value) {
  static constexpr struct {
    int value;
    const char* letters;
  } kDigits[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                 {90, "xc"},  {50, "l"},   {40, "xl"},  {10, "x"},   {9, "ix"},
                 {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string text;
  for (const auto& digit : kDigits) {
    for (; value >= digit.value; value -= digit.value) text += digit.letters;
  }
  return text;
}

}  // namespace

std::optional<int> ArabicPageNumber(std::string_view label) {
  if (label.empty() || label.size() > 8 || label.front() == '0') return std::nullopt;
  int value = 0;
  for (char c : label) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<int> RomanPageNumber(std::string_view label) {
  if (label.empty() || label.size() > 15) return std::nullopt;
  int value = 0;
  for (size_t i = 0; i < label.size(); ++i) {
    int digit = RomanDigit(label[i]);
    if (digit == 0) return std::nullopt;
    int next = i + 1 < label.size() ? RomanDigit(label[i + 1]) : 0;
    value += digit < next ? -digit : digit;
  }
  if (value <= 0 || value >= 4000 || LowerRoman(value) != label) return std::nullopt;
  return value;
}

}  // namespace galley::model
