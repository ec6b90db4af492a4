#include "frames/record_format.h"

#include <charconv>
#include <cmath>

namespace galley::frames::record {

namespace {

bool ParseInt(std::string_view text, int* value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

bool ParseDouble(std::string_view text, double* value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

bool ParsePosition(std::string_view text, SourcePos* pos) {
  size_t colon = text.find(':');
  return colon != std::string_view::npos && ParseInt(text.substr(0, colon), &pos->line) &&
         ParseInt(text.substr(colon + 1), &pos->column);
}

}  // namespace

void AppendFixed(double value, std::string* out) {
  // Rounded first, so that a value that rounds to zero is written "0.000", not "-0.000".
  double thousandths = std::round(value * 1000);
  if (!(std::fabs(thousandths) < 1e15)) {  // not a page's measure: NaN, infinite or huge
    double rounded = thousandths / 1000;
    char buffer[32];
    auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 3);
    out->append(buffer, error == std::errc() ? end : buffer);
    return;
  }
  // The integer of thousandths written with a decimal point: the same characters as to_chars
  // of thousandths / 1000 with three decimals (that double is within far less than 0.0005 of
  // the exact quotient below 1e12), at a fraction of the cost — the long book's record writes
  // about ten million numbers.
  long long whole = static_cast<long long>(thousandths);
  if (whole < 0) {
    out->push_back('-');
    whole = -whole;
  }
  char digits[24];
  char* end = digits + sizeof digits;
  char* start = end;
  do {
    *--start = static_cast<char>('0' + whole % 10);
    whole /= 10;
  } while (whole != 0 || end - start < 4);  // at least "0" before the point
  out->append(start, end - 3);
  out->push_back('.');
  out->append(end - 3, 3);
}

void AppendShort(double value, std::string* out) {
  size_t start = out->size();
  AppendFixed(value, out);
  while (out->back() == '0') out->pop_back();
  if (out->back() == '.') out->pop_back();
  if (out->size() == start) out->push_back('0');
}

std::string LineFlags(const TextLineItem& line) {
  const bool on[] = {line.first, line.last, line.justified, line.hyphenated, line.overfull,
                     line.underfull};
  std::string flags(kLineFlags.size(), '-');
  for (size_t i = 0; i < kLineFlags.size(); ++i) {
    if (on[i]) flags[i] = kLineFlags[i];
  }
  return flags;
}

bool ParseLineFlags(std::string_view text, TextLineItem* line) {
  if (text.size() != kLineFlags.size()) return false;
  bool* on[] = {&line->first, &line->last, &line->justified, &line->hyphenated, &line->overfull,
                &line->underfull};
  for (size_t i = 0; i < kLineFlags.size(); ++i) {
    if (text[i] != kLineFlags[i] && text[i] != '-') return false;
    *on[i] = text[i] == kLineFlags[i];
  }
  return true;
}

const char* FaceName(Face face) {
  switch (face) {
    case Face::kRegular: return "regular";
    case Face::kItalic: return "italic";
    case Face::kBold: return "bold";
  }
  return "regular";
}

bool FaceFromName(std::string_view text, Face* face) {
  for (Face candidate : {Face::kRegular, Face::kItalic, Face::kBold}) {
    if (text == FaceName(candidate)) {
      *face = candidate;
      return true;
    }
  }
  return false;
}

const char* LabelStyleName(PageLabel::Style style) {
  switch (style) {
    case PageLabel::Style::kArabic: return "arabic";
    case PageLabel::Style::kRoman: return "roman";
    case PageLabel::Style::kNone: return "none";
  }
  return "none";
}

bool LabelStyleFromName(std::string_view text, PageLabel::Style* style) {
  for (PageLabel::Style candidate :
       {PageLabel::Style::kArabic, PageLabel::Style::kRoman, PageLabel::Style::kNone}) {
    if (text == LabelStyleName(candidate)) {
      *style = candidate;
      return true;
    }
  }
  return false;
}

void AppendColor(const Color& color, std::string* out) {
  if (color == Color{}) {
    out->push_back('-');
    return;
  }
  AppendShort(color.r, out);
  out->push_back(',');
  AppendShort(color.g, out);
  out->push_back(',');
  AppendShort(color.b, out);
}

bool ParseColor(std::string_view text, Color* color) {
  if (text == "-") {
    *color = Color{};
    return true;
  }
  size_t first = text.find(','), second = text.rfind(',');
  return first != std::string_view::npos && second != first &&
         ParseDouble(text.substr(0, first), &color->r) &&
         ParseDouble(text.substr(first + 1, second - first - 1), &color->g) &&
         ParseDouble(text.substr(second + 1), &color->b);
}

void AppendSource(const SourceRange& range, std::string* out) {
  if (!range.begin.known()) {
    out->push_back('-');
    return;
  }
  *out += std::to_string(range.begin.line) + ":" + std::to_string(range.begin.column) + "-" +
          std::to_string(range.end.line) + ":" + std::to_string(range.end.column);
}

bool ParseSource(std::string_view text, SourceRange* range) {
  if (text == "-") {
    *range = SourceRange{};
    return true;
  }
  size_t dash = text.find('-');
  return dash != std::string_view::npos && ParsePosition(text.substr(0, dash), &range->begin) &&
         ParsePosition(text.substr(dash + 1), &range->end);
}

}  // namespace galley::frames::record
