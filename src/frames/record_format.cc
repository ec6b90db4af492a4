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

namespace {

// Writes |thousandths| with a decimal point before its last three digits into the end of
// `buffer` ("0.005", "51.024"), a minus sign before it when negative; returns where it starts.
char* FormatThousandths(long long thousandths, char* end) {
  bool negative = thousandths < 0;
  unsigned long long digits = negative ? 0ULL - static_cast<unsigned long long>(thousandths)
                                       : static_cast<unsigned long long>(thousandths);
  char* start = end;
  for (int i = 0; i < 3; ++i) {
    *--start = static_cast<char>('0' + digits % 10);
    digits /= 10;
  }
  *--start = '.';
  do {
    *--start = static_cast<char>('0' + digits % 10);
    digits /= 10;
  } while (digits != 0);
  if (negative) *--start = '-';
  return start;
}

// The value to three decimals when it is a page's measure: the integer of thousandths, which
// written with a decimal point gives the same characters as to_chars of thousandths / 1000
// with three decimals (that double is within far less than 0.0005 of the exact quotient below
// 1e12), at a fraction of the cost — the long book's record writes about ten million numbers.
// Rounded first, so that a value that rounds to zero is written "0.000", not "-0.000".
bool Thousandths(double value, long long* thousandths) {
  double rounded = std::round(value * 1000);
  if (!(std::fabs(rounded) < 1e15)) return false;  // not a page's measure: NaN, infinite, huge
  *thousandths = static_cast<long long>(rounded);
  return true;
}

void AppendFixedByToChars(double value, std::string* out) {
  double rounded = std::round(value * 1000) / 1000;
  if (rounded == 0) rounded = 0;
  char buffer[32];
  auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 3);
  out->append(buffer, error == std::errc() ? end : buffer);
}

}  // namespace

void AppendFixed(double value, std::string* out) {
  long long thousandths = 0;
  if (!Thousandths(value, &thousandths)) return AppendFixedByToChars(value, out);
  char buffer[32];
  char* end = buffer + sizeof buffer;
  char* start = FormatThousandths(thousandths, end);
  out->append(start, end - start);
}

void AppendShort(double value, std::string* out) {
  long long thousandths = 0;
  if (!Thousandths(value, &thousandths)) {
    size_t start = out->size();
    AppendFixedByToChars(value, out);
    while (out->size() > start && out->back() == '0') out->pop_back();
    if (out->size() > start && out->back() == '.') out->pop_back();
    if (out->size() == start) out->push_back('0');
    return;
  }
  char buffer[32];
  char* end = buffer + sizeof buffer;
  char* start = FormatThousandths(thousandths, end);
  while (end[-1] == '0') --end;  // "5.120" → "5.12", "5.000" → "5."
  if (end[-1] == '.') --end;     // "5." → "5", "0." → "0"
  out->append(start, end - start);
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
