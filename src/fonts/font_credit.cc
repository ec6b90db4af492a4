#include "fonts/font_credit.h"

#include <algorithm>

#include <hb-ot.h>
#include <hb.h>

#include "fonts/font_names.h"

namespace galley::fonts {
namespace {

bool NamesACopyright(std::string_view text) {
  return text.find("Copyright") != std::string_view::npos ||
         text.find("\u00A9") != std::string_view::npos;
}

// `text` up to its first blank line.
std::string_view FirstParagraph(std::string_view text) {
  size_t end = text.find("\n\n");
  size_t crlf = text.find("\r\n\r\n");
  return text.substr(0, std::min(end, crlf));
}

// Spaces and line breaks as one space, addresses ("(<http://…>)", "<a@b>", "(http://…)") left
// out, no space before a comma or full stop, no full stop at the end.
std::string Tidy(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool address = (c == '(' && i + 1 < text.size() &&
                    (text[i + 1] == '<' || text.substr(i + 1, 4) == "http")) ||
                   c == '<';
    if (address) {
      size_t close = text.find(c == '(' ? ')' : '>', i);
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    if ((c == ',' || c == '.') && !out.empty() && out.back() == ' ') out.pop_back();
    out.push_back(c);
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out;
}

// What the licence description says the font is licensed under, to the end of that sentence.
std::string LicenceName(std::string_view description) {
  constexpr std::string_view kUnder = "licensed under the ";
  size_t at = description.find(kUnder);
  if (at == std::string_view::npos) return {};
  at += kUnder.size();
  size_t end = at;
  // A full stop ends the sentence only before a space or the end ("Version 1.1." does not end
  // at its first point).
  while (end < description.size() &&
         !(description[end] == '.' &&
           (end + 1 == description.size() || description[end + 1] == ' ' ||
            description[end + 1] == '\n' || description[end + 1] == '\r'))) {
    ++end;
  }
  return Tidy(description.substr(at, end - at));
}

}  // namespace

FontCredit ReadFontCredit(std::string_view bytes) {
  hb_blob_t* blob = hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  FontCredit credit;
  credit.family = FontFamilyName(face);
  std::string notice = FontName(face, HB_OT_NAME_ID_COPYRIGHT);
  std::string description = FontName(face, HB_OT_NAME_ID_LICENSE);
  if (NamesACopyright(notice)) {
    credit.copyright = Tidy(FirstParagraph(notice));
  } else if (NamesACopyright(FirstParagraph(description))) {
    credit.copyright = Tidy(FirstParagraph(description));
  }
  credit.licence = LicenceName(description);
  if (credit.licence.empty()) credit.licence = Tidy(FontName(face, HB_OT_NAME_ID_LICENSE_URL));
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return credit;
}

}  // namespace galley::fonts
