// The vocabulary the layout record's writer and reader share (docs/layout-record.md): the
// first line, how numbers are written, and the letters of each flag field, so that the two
// can never disagree about a column.
#pragma once

#include <string>
#include <string_view>

#include "frames/page_frame.h"

namespace galley::frames::record {

// The record's first line; a reader refuses anything else.
inline constexpr std::string_view kMagic = "galley layout record 2";

// Separates a line's fields from its free text (a title, a line as printed).
inline constexpr std::string_view kTextMark = " | ";

// Points with three decimals ("51.024", "-0.500"); never "-0.000".
void AppendFixed(double value, std::string* out);
// Three decimals at most, trailing zeros dropped ("5.12", "5", "-0.3"): glyph advances.
void AppendShort(double value, std::string* out);

// Line flags, one letter each in this order, '-' when off: f(irst) l(ast) j(ustified)
// h(yphenated) o(verfull) u(nderfull).
inline constexpr std::string_view kLineFlags = "fljhou";
std::string LineFlags(const TextLineItem& line);
bool ParseLineFlags(std::string_view text, TextLineItem* line);

// Page flags: o(pening) c(losing).
inline constexpr std::string_view kPageFlags = "oc";

// Run flags: s(mall caps) u(nderline).
inline constexpr std::string_view kRunFlags = "su";

const char* FaceName(Face face);  // "regular", "italic", "bold"
bool FaceFromName(std::string_view text, Face* face);

const char* LabelStyleName(PageLabel::Style style);  // "arabic", "roman", "none"
bool LabelStyleFromName(std::string_view text, PageLabel::Style* style);

// "-" for black, else "r,g,b" with three decimals each.
void AppendColor(const Color& color, std::string* out);
bool ParseColor(std::string_view text, Color* color);

// "18:1-18:86" (line:column of the first character and of the end), "-" when unknown.
void AppendSource(const SourceRange& range, std::string* out);
bool ParseSource(std::string_view text, SourceRange* range);

}  // namespace galley::frames::record
