#include "render/pdf_document_info.h"

#include <utility>

namespace galley::render {

namespace {

bool DigitsAt(const std::string& text, size_t at, size_t count) {
  if (at + count > text.size()) return false;
  for (size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

}  // namespace

bool IsPdfMetadataDate(const std::string& date) {
  // YYYY-MM-DDThh:mm:ss
  static const std::pair<size_t, char> kSeparators[] = {
      {4, '-'}, {7, '-'}, {10, 'T'}, {13, ':'}, {16, ':'}};
  if (date.size() < 19) return false;
  for (auto [at, separator] : kSeparators) {
    if (date[at] != separator) return false;
  }
  if (!DigitsAt(date, 0, 4) || !DigitsAt(date, 5, 2) || !DigitsAt(date, 8, 2) ||
      !DigitsAt(date, 11, 2) || !DigitsAt(date, 14, 2) || !DigitsAt(date, 17, 2)) {
    return false;
  }
  std::string zone = date.substr(19);
  if (zone.empty() || zone == "Z") return true;
  return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && DigitsAt(zone, 1, 2) &&
         zone[3] == ':' && DigitsAt(zone, 4, 2);
}

Status SetPdfMetadata(cairo_surface_t* surface, const frames::PdfMetadata& metadata) {
  if (metadata.create_date.empty()) {
    return InternalError(
        "the PDF has no creation date; set PdfMetadata::create_date (from "
        "SOURCE_DATE_EPOCH or the manuscript) so that builds are reproducible");
  }
  const std::string& mod_date =
      metadata.mod_date.empty() ? metadata.create_date : metadata.mod_date;
  for (const std::string* date : {&metadata.create_date, &mod_date}) {
    if (!IsPdfMetadataDate(*date)) {
      return InternalError("PDF date \"" + *date +
                           "\" is not of the form 2026-11-25T00:00:00Z (ISO 8601)");
    }
  }
  const std::pair<cairo_pdf_metadata_t, const std::string*> fields[] = {
      {CAIRO_PDF_METADATA_TITLE, &metadata.title},
      {CAIRO_PDF_METADATA_AUTHOR, &metadata.author},
      {CAIRO_PDF_METADATA_SUBJECT, &metadata.subject},
      {CAIRO_PDF_METADATA_KEYWORDS, &metadata.keywords},
      {CAIRO_PDF_METADATA_CREATOR, &metadata.creator},
      {CAIRO_PDF_METADATA_CREATE_DATE, &metadata.create_date},
      {CAIRO_PDF_METADATA_MOD_DATE, &mod_date}};
  for (const auto& [field, value] : fields) {
    if (!value->empty()) cairo_pdf_surface_set_metadata(surface, field, value->c_str());
  }
  return Status::Ok();
}

void AddPdfOutline(cairo_surface_t* surface, const std::vector<frames::OutlineEntry>& outline) {
  struct Open {
    int level;
    int id;
  };
  std::vector<Open> parents;  // the chain of entries a new one may nest under
  for (const frames::OutlineEntry& entry : outline) {
    while (!parents.empty() && parents.back().level >= entry.level) parents.pop_back();
    int parent = parents.empty() ? CAIRO_PDF_OUTLINE_ROOT : parents.back().id;
    std::string link = "dest='" + entry.destination + "'";
    int id = cairo_pdf_surface_add_outline(surface, parent, entry.title.c_str(), link.c_str(),
                                           CAIRO_PDF_OUTLINE_FLAG_OPEN);
    parents.push_back({entry.level, id});
  }
}

}  // namespace galley::render
