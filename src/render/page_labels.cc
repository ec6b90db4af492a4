#include "render/page_labels.h"

#include <cstdio>
#include <optional>
#include <string_view>

#include "base/utf8.h"
#include "render/pdf_syntax.h"

namespace galley::render {

namespace {

using Style = frames::PageLabel::Style;

bool Continues(const frames::PageLabel& label, const frames::PageLabel& previous) {
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

std::string Range(const frames::PageLabel& label) {
  switch (label.style) {
    case Style::kArabic:
    case Style::kRoman: {
      std::string range = label.style == Style::kArabic ? "<< /S /D" : "<< /S /r";
      if (label.number != 1) range += " /St " + std::to_string(label.number);
      return range + " >>";
    }
    case Style::kNone:
      return label.text.empty() ? "<< >>" : "<< /P " + TextString(label.text) + " >>";
  }
  return "<< >>";
}

}  // namespace

std::string PageLabelTree(const std::vector<frames::PageLabel>& labels) {
  bool any = false;
  for (const frames::PageLabel& label : labels) {
    any = any || label.style != Style::kNone || !label.text.empty();
  }
  if (!any) return "";
  std::string tree = "<< /Nums [";
  frames::PageLabel previous;
  for (size_t i = 0; i < labels.size(); ++i) {
    const frames::PageLabel& label = labels[i];
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
