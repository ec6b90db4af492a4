// Package metadata (EPUB 3.3 §5.5): version 3.0; the unique identifier resolves to a
// dc:identifier; title and identifier present; no empty values; refines points at an id in the
// package; exactly one dcterms:modified, in the form CCYY-MM-DDThh:mm:ssZ (§5.5.6).
#include <cstdlib>

#include "check/checks.h"

namespace galley::check {
namespace {

bool IsDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

int Number(std::string_view digits) { return std::atoi(std::string(digits).c_str()); }

// "2024-05-01T12:00:00Z": the only form EPUB 3.3 allows for dcterms:modified, with real values.
bool IsModifiedDate(std::string_view value) {
  if (value.size() != 20 || value[4] != '-' || value[7] != '-' || value[10] != 'T' ||
      value[13] != ':' || value[16] != ':' || value[19] != 'Z') {
    return false;
  }
  std::string_view year = value.substr(0, 4), month = value.substr(5, 2), day = value.substr(8, 2),
                   hour = value.substr(11, 2), minute = value.substr(14, 2),
                   second = value.substr(17, 2);
  for (std::string_view field : {year, month, day, hour, minute, second}) {
    if (!IsDigits(field)) return false;
  }
  int y = Number(year), m = Number(month), d = Number(day);
  static const int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDaysInMonth[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return false;
  return Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
}

void CheckUniqueIdentifier(const Package& package, Reporter* reporter) {
  const XmlFile& opf = *package.opf;
  pugi::xml_node root = opf.doc.document_element();
  if (package.unique_identifier.empty()) {
    ReportAt(reporter, opf, root, "<package> has no unique-identifier attribute");
    return;
  }
  for (const MetadataEntry* identifier : package.Meta("dc:identifier")) {
    if (identifier->id == package.unique_identifier) return;
  }
  ReportAt(reporter, opf, root,
           "unique-identifier=\"" + package.unique_identifier + "\" names no dc:identifier element",
           "give the book's dc:identifier that id");
}

void CheckRequiredAndEmpty(const Package& package, Reporter* reporter) {
  const XmlFile& opf = *package.opf;
  for (const char* required : {"dc:title", "dc:identifier"}) {
    if (package.Meta(required).empty()) {
      ReportAt(reporter, opf, package.MetadataElement(),
               std::string("the package has no ") + required);
    }
  }
  for (const MetadataEntry& entry : package.metadata) {
    if (entry.value.empty()) {
      ReportAt(reporter, opf, entry.node, entry.name + " is empty");
    }
    if (!entry.refines.empty() &&
        (!entry.refines.starts_with("#") || !opf.HasId(entry.refines.substr(1)))) {
      ReportAt(reporter, opf, entry.node,
               "refines=\"" + entry.refines + "\" names no element of the package document");
    }
  }
}

void CheckModified(const Package& package, Reporter* reporter) {
  const XmlFile& opf = *package.opf;
  int count = 0;
  for (const MetadataEntry* entry : package.Meta("dcterms:modified")) {
    if (!entry->refines.empty()) continue;
    if (++count == 2) ReportAt(reporter, opf, entry->node, "a second dcterms:modified");
    if (!entry->value.empty() && !IsModifiedDate(entry->value)) {
      ReportAt(reporter, opf, entry->node,
               "dcterms:modified \"" + entry->value + "\" is not a date CCYY-MM-DDThh:mm:ssZ");
    }
  }
  if (count == 0) {
    ReportAt(reporter, opf, package.MetadataElement(), "the package has no dcterms:modified");
  }
}

}  // namespace

void CheckMetadata(const Package& package, Reporter* reporter) {
  if (package.opf == nullptr) return;
  if (package.version != "3.0") {
    ReportAt(reporter, *package.opf, package.opf->doc.document_element(),
             "package version is \"" + package.version + "\", not \"3.0\"");
  }
  CheckUniqueIdentifier(package, reporter);
  CheckRequiredAndEmpty(package, reporter);
  CheckModified(package, reporter);
}

}  // namespace galley::check
