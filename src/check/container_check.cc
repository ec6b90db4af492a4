// The OCF ZIP container (EPUB 3.3, "Open Container Format"): the mimetype file, the META-INF
// container file, and file names.
#include <cstdint>
#include <map>

#include "check/checks.h"

namespace galley::check {
namespace {

constexpr std::string_view kMimetype = "application/epub+zip";

// Little-endian fields of a ZIP local file header (PKWARE APPNOTE.TXT §4.3.7).
struct LocalHeader {
  bool valid = false;
  uint16_t method = 0;
  std::string name;
  uint16_t extra_length = 0;
};

uint16_t ReadU16(const std::string& bytes, size_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(bytes[at]) |
                               static_cast<unsigned char>(bytes[at + 1]) << 8);
}

LocalHeader FirstLocalHeader(const std::string& bytes) {
  LocalHeader header;
  if (bytes.size() < 30 || bytes.compare(0, 4, "PK\x03\x04") != 0) return header;
  header.method = ReadU16(bytes, 8);
  uint16_t name_length = ReadU16(bytes, 26);
  header.extra_length = ReadU16(bytes, 28);
  if (bytes.size() < 30u + name_length) return header;
  header.name = bytes.substr(30, name_length);
  header.valid = true;
  return header;
}

// The mimetype file must be the first in the archive, stored, without an extra field, and hold
// exactly "application/epub+zip" — so that its contents sit at byte 38, where tools look.
void CheckMimetype(const Package& package, Reporter* reporter) {
  const std::string fix = "write mimetype first, uncompressed, without extra fields";
  const std::string* contents = package.archive.Find("mimetype");
  if (contents == nullptr) {
    reporter->Report("", nullptr, -1, "the container has no mimetype file", fix);
    return;
  }
  LocalHeader header = FirstLocalHeader(package.archive.bytes());
  if (!header.valid || header.name != "mimetype") {
    reporter->Report("mimetype", nullptr, -1, "mimetype is not the first file in the archive", fix);
    return;
  }
  if (header.method != 0) {
    reporter->Report(
        "mimetype", nullptr, -1,
        "mimetype is compressed (method " + std::to_string(header.method) + "); it must be stored",
        fix);
  }
  if (header.extra_length != 0) {
    reporter->Report("mimetype", nullptr, -1,
                     "mimetype's ZIP header has a " + std::to_string(header.extra_length) +
                         "-byte extra field; it must have none",
                     fix);
  }
  if (*contents != kMimetype) {
    reporter->Report("mimetype", nullptr, -1,
                     "mimetype holds \"" + contents->substr(0, 60) +
                         "\"; it must be exactly application/epub+zip (no newline)");
  }
}

void CheckContainerFile(const Package& package, Reporter* reporter) {
  if (!package.archive.Contains(kContainerPath)) {
    reporter->Report("", nullptr, -1, "the container has no META-INF/container.xml",
                     "it names the package document (the .opf file)");
    return;
  }
  const XmlFile* container = package.container;
  if (container == nullptr) return;  // not well-formed: already reported
  if (!package.rootfile) {
    ReportAt(reporter, *container, container->doc.document_element(),
             "container.xml has no <rootfiles><rootfile>");
    return;
  }
  if (std::string_view(package.rootfile.attribute("media-type").value()) !=
      "application/oebps-package+xml") {
    ReportAt(reporter, *container, package.rootfile,
             "rootfile media-type must be application/oebps-package+xml");
  }
  if (package.opf_path.empty()) {
    ReportAt(reporter, *container, package.rootfile, "rootfile has no full-path");
  } else if (!package.archive.Contains(package.opf_path)) {
    ReportAt(reporter, *container, package.rootfile,
             "rootfile names " + package.opf_path + ", which is not in the container");
  }
}

bool HasDotDotSegment(std::string_view name) {
  return name == ".." || name.starts_with("../") || name.ends_with("/..") ||
         name.find("/../") != std::string_view::npos;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// File names must be relative and unique even after case folding (EPUB 3.3, "File names").
void CheckFileNames(const Package& package, Reporter* reporter) {
  std::map<std::string, std::string> seen;  // case-folded → first spelling
  for (const ArchiveEntry& entry : package.archive.entries()) {
    if (!entry.read_error.empty()) {
      reporter->Report(entry.name, nullptr, -1, "cannot be read: " + entry.read_error);
    }
    if (entry.name.find('\\') != std::string::npos || entry.name.starts_with("/") ||
        HasDotDotSegment(entry.name)) {
      reporter->Report(entry.name, nullptr, -1,
                       "file name is not a plain relative path (no \\, leading / or ..)");
    }
    auto [it, inserted] = seen.emplace(AsciiLower(entry.name), entry.name);
    if (!inserted) {
      reporter->Report(entry.name, nullptr, -1,
                       "file name clashes with " + it->second +
                           " (names must differ "
                           "by more than case)");
    }
  }
}

}  // namespace

void CheckContainer(const Package& package, Reporter* reporter) {
  CheckMimetype(package, reporter);
  CheckContainerFile(package, reporter);
  CheckFileNames(package, reporter);
}

}  // namespace galley::check
