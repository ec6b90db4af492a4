#include "render/page_labels.h"

#include <cstdio>
#include <optional>
#include <string_view>

#include "base/utf8.h"
#include "render/pdf_syntax.h"

namespace galley::render {

namespace {

enum class Style { kNone, kDecimal, kLowerRoman };

struct Label {
  Style style = Style::kNone;
  int number = 0;      // for kDecimal and kLowerRoman
  std::string prefix;  // for kNone: the whole label
};

std::optional<int> Decimal(std::string_view text) {
  if (text.empty() || text.size() > 6 || text.front() == '0') return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string LowerRoman(int value) {
  static constexpr struct { int value; const char* letters; } kDigits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
      {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
  std::string text;
  for (const auto& digit : kDigits) {
    for (; value >= digit.value; value -= digit.value) text += digit.letters;
  }
  return text;
}

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

// Only a numeral in its canonical form counts as Roman ("iv", not "iiii"): anything else is
// shown exactly as written, as a prefix.
std::optional<int> Roman(std::string_view text) {
  if (text.empty() || text.size() > 15) return std::nullopt;
  int value = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    int digit = RomanDigit(text[i]);
    if (digit == 0) return std::nullopt;
    int next = i + 1 < text.size() ? RomanDigit(text[i + 1]) : 0;
    value += digit < next ? -digit : digit;
  }
  if (value <= 0 || value >= 4000 || LowerRoman(value) != text) return std::nullopt;
  return value;
}

Label Classify(const std::string& text) {
  if (std::optional<int> number = Decimal(text)) return {Style::kDecimal, *number, ""};
  if (std::optional<int> number = Roman(text)) return {Style::kLowerRoman, *number, ""};
  return {Style::kNone, 0, text};
}

bool Continues(const Label& label, const Label& previous) {
  return label.style != Style::kNone && label.style == previous.style &&
         label.number == previous.number + 1;
}

// A text string (§7.9.2.2): a literal for printable ASCII, else UTF-16BE with its byte order
// mark, in hex.
std::string TextString(std::string_view utf8) {
  bool ascii = true;
  for (unsigned char c : utf8) ascii = ascii && c >= 0x20 && c < 0x7F;
  if (ascii) return PdfLiteralString(utf8);
  std::string hex = "<FEFF";
  auto append_unit = [&hex](unsigned unit) {
    char digits[5];
    std::snprintf(digits, sizeof digits, "%04X", unit & 0xFFFF);
    hex += digits;
  };
  for (size_t at = 0; at < utf8.size();) {
    char32_t c = DecodeUtf8(utf8, &at);
    if (c >= 0x10000) {
      append_unit(0xD800 + ((c - 0x10000) >> 10));
      append_unit(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      append_unit(c);
    }
  }
  return hex + ">";
}

std::string Range(const Label& label) {
  switch (label.style) {
    case Style::kDecimal:
    case Style::kLowerRoman: {
      std::string range = label.style == Style::kDecimal ? "<< /S /D" : "<< /S /r";
      if (label.number != 1) range += " /St " + std::to_string(label.number);
      return range + " >>";
    }
    case Style::kNone:
      return label.prefix.empty() ? "<< >>" : "<< /P " + TextString(label.prefix) + " >>";
  }
  return "<< >>";
}

}  // namespace

std::string PageLabelTree(const std::vector<std::string>& labels) {
  bool any = false;
  for (const std::string& label : labels) any = any || !label.empty();
  if (!any) return "";
  std::string tree = "<< /Nums [";
  Label previous;
  for (size_t i = 0; i < labels.size(); ++i) {
    Label label = Classify(labels[i]);
    // A page without a number always starts a range: a prefix-only range covers one label.
    if (i == 0 || !Continues(label, previous)) {
      tree += ' ';
      tree += std::to_string(i);
      tree += ' ';
      tree += Range(label);
    }
    previous = label;
  }
  return tree + " ] >>";
}

}  // namespace galley::render
