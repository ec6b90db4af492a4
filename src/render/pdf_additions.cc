#include "render/pdf_additions.h"

#include "render/page_labels.h"
#include "render/pdf_document_info.h"

namespace galley::render {

namespace {

bool IsLanguageTag(const std::string& language) {  // the characters BCP 47 (RFC 5646) allows
  if (language.empty() || language.front() == '-' || language.back() == '-') return false;
  for (char c : language) {
    bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '-';
    if (!allowed) return false;
  }
  return true;
}

PageBoxes BoxesOf(const Sheet& sheet, const frames::DocumentFrames& document,
                  const PrintOptions& options) {
  const PdfBox media{0, 0, sheet.width, sheet.height};
  if (options.imposition != PrintOptions::Imposition::kNone || sheet.placements.size() != 1) {
    return {media, media};
  }
  const Placement& placement = sheet.placements.front();
  const frames::PageFrame& page = document.pages[placement.page];
  // Placements count y from the sheet's top; PDF's user space counts from its bottom.
  const PdfBox trim{placement.x, sheet.height - placement.y - page.height,
                    placement.x + page.width, sheet.height - placement.y};
  const double bleed = options.bleed;
  return {{trim.left - bleed, trim.bottom - bleed, trim.right + bleed, trim.top + bleed}, trim};
}

}  // namespace

std::string PdfDate(const std::string& iso_date) {
  if (!IsPdfMetadataDate(iso_date)) return "";
  // YYYY-MM-DDThh:mm:ss[zone] → D:YYYYMMDDhhmmss[zone]
  std::string date = "D:";
  for (char c : iso_date.substr(0, 19)) {
    if (c >= '0' && c <= '9') date += c;
  }
  std::string zone = iso_date.substr(19);
  if (zone.size() == 6) zone = zone.substr(0, 3) + "'" + zone.substr(4, 2);  // +hh:mm → +hh'mm
  return date + zone;
}

Result<PdfAdditions> DecidePdfAdditions(const frames::DocumentFrames& document,
                                        const PrintOptions& options,
                                        const std::vector<Sheet>& sheets) {
  PdfAdditions additions;
  if (!document.language.empty()) {
    if (!IsLanguageTag(document.language)) {
      return InternalError("the frames' language \"" + document.language +
                           "\" is not a BCP 47 tag such as en-US");
    }
    additions.language = document.language;
  }
  const frames::PdfMetadata& metadata = document.metadata;
  additions.creation_date = PdfDate(metadata.create_date);
  additions.mod_date = metadata.mod_date.empty() ? additions.creation_date
                                                 : PdfDate(metadata.mod_date);
  if (additions.creation_date.empty() || additions.mod_date.empty()) {
    return InternalError("the PDF's creation or modification date is missing or not of the "
                         "form 2026-11-25T00:00:00Z (ISO 8601)");
  }
  additions.pages.reserve(sheets.size());
  std::vector<frames::PageLabel> labels;
  labels.reserve(sheets.size());
  for (const Sheet& sheet : sheets) {
    additions.pages.push_back(BoxesOf(sheet, document, options));
    labels.push_back(sheet.label);
  }
  additions.page_labels = PageLabelTree(labels);
  additions.tabs_in_structure_order = options.imposition == PrintOptions::Imposition::kNone;
  additions.mark_artifacts = additions.tabs_in_structure_order;  // tagged output, likewise
  return additions;
}

}  // namespace galley::render
