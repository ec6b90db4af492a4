// `galley clean`: a title's source (OCR text, a Project Gutenberg file or Markdown) and its
// editor's files → the clean manuscript and the review report. Input: metadata.txt, then
// any of source.ocr.txt, source.md, corrections.tsv, structure.tsv and words.txt, each after
// a line "==> NAME <==" (fuzz_support.h). Spelling uses the tiny dictionaries in
// tests/fuzz/hunspell, so that opening one costs microseconds instead of the 50 ms of Debian's.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "clean/clean_title.h"
#include "clean/review_report.h"
#include "fuzz/fuzz_support.h"
#include "io/file_system.h"
#include "io/title_folder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace galley;
  static const std::set<std::string> kTitleFiles = {
      "metadata.txt", "source.ocr.txt", "source.md", "corrections.tsv", "structure.tsv",
      "words.txt"};
  std::string_view input(reinterpret_cast<const char*>(data), size);
  MemoryFileSystem fs;
  for (auto& [name, text] : fuzz::SplitFiles(input, "metadata.txt")) {
    if (kTitleFiles.contains(name)) fs.Add("title/" + name, std::move(text));
  }
  CleanOptions options;
  options.dictionary_dir = fuzz::ProjectFile("tests/fuzz/hunspell");
  Result<CleanResult> cleaned = CleanTitle(fs, LocateTitle("title"), options);
  if (!cleaned.ok()) {
    fuzz::ExpectInputError(cleaned.error());
    return 0;
  }
  std::string review = FormatReview(cleaned->review);
  if (review.empty()) std::abort();
  return 0;
}
