// The EPUB writer, whole book to memory: a manuscript parsed (leniently, as --lenient does),
// then written as an EPUB with Galley's fonts, stylesheet and typographic cover. A book the
// writer makes must pass `galley check` (check/epub_checker.h): a finding, a malformed XML
// entry above all, aborts. Input: a manuscript.md.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "check/epub_checker.h"
#include "epub/epub_writer.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/lenient_manuscript.h"
#include "io/file_system.h"

namespace {

// The fonts and the stylesheet, read once; the writer reads them through this file system
// and writes nothing to it (no cache directory).
galley::MemoryFileSystem& ShippedFiles() {
  static galley::MemoryFileSystem* files = [] {
    auto* fs = new galley::MemoryFileSystem;
    galley::RealFileSystem disk;
    for (const char* name : {"fonts/EBGaramond12-Regular.otf", "fonts/EBGaramond12-Italic.otf",
                             "fonts/EBGaramond12-Bold.otf", "templates/epub/book.css"}) {
      galley::Result<std::string> bytes = disk.ReadFile(galley::fuzz::ProjectFile(name));
      if (!bytes.ok()) {
        std::fprintf(stderr, "%s\n", bytes.error().ToString().c_str());
        std::abort();
      }
      fs->Add(name, std::move(bytes).value());
    }
    return fs;
  }();
  return *files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace galley;
  std::optional<model::Document> document = fuzz::ParseLenientManuscript(data, size);
  if (!document) return 0;
  Result<std::string> epub = epub::WriteEpub(ShippedFiles(), *document, epub::EpubOptions{});
  if (!epub.ok()) {
    fuzz::ExpectInputError(epub.error());
    return 0;
  }
  Result<check::CheckReport> report = check::CheckEpubBytes(std::move(epub).value(), "fuzz.epub");
  if (!report.ok() || !report->findings.empty()) {
    std::fprintf(stderr, "galley check rejects the EPUB Galley wrote:\n%s\n",
                 report.ok() ? report->findings.front().error.ToString().c_str()
                             : report.error().ToString().c_str());
    std::abort();
  }
  return 0;
}
