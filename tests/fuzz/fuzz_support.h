// What the harnesses share (docs/fuzzing.md): one fuzz input holding several files, the line
// between an error Galley promises on bad input and a bug, and Galley's shipped files.
//
// Galley reports bad input as values (base/result.h), never by throwing: an input or I/O error
// (ErrorKind::kInput, kIo) is the expected answer to a mutated file, and the harness returns.
// An internal error means a stage broke its own contract on some input, so the harness aborts
// and libFuzzer keeps the input; so does any crash, sanitizer report, failed assert or
// exception, none of which is caught here.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/error.h"

namespace galley::fuzz {

// A file of the project (templates/, fonts/, tests/fuzz/) by its path from the source root.
inline std::string ProjectFile(std::string_view relative) {
  return std::string(GALLEY_SOURCE_DIR) + "/" + std::string(relative);
}

// Splits an input into files at lines "==> NAME <==" (what `head` prints between files, so a
// seed is made with `head -n 40 metadata.txt source.ocr.txt`); the text before the first such
// line is the file `first_name`. A name given twice keeps its last text.
inline std::vector<std::pair<std::string, std::string>> SplitFiles(std::string_view input,
                                                                   std::string_view first_name) {
  std::vector<std::pair<std::string, std::string>> files;
  std::string name(first_name);
  size_t start = 0;
  size_t line = 0;
  while (line <= input.size()) {
    size_t end = input.find('\n', line);
    if (end == std::string_view::npos) end = input.size();
    std::string_view text = input.substr(line, end - line);
    if (text.starts_with("==> ") && text.ends_with(" <==") && text.size() >= 8) {
      files.emplace_back(name, std::string(input.substr(start, line - start)));
      name = std::string(text.substr(4, text.size() - 8));
      start = end + 1 > input.size() ? input.size() : end + 1;
    }
    line = end + 1;
  }
  files.emplace_back(name, std::string(input.substr(start)));
  return files;
}

// Returns when `error` is one Galley promises for bad input; aborts on an internal error.
// GALLEY_FUZZ_VERBOSE=1 prints every error, to see how far the seeds get.
inline void ExpectInputError(const Error& error) {
  if (std::getenv("GALLEY_FUZZ_VERBOSE") != nullptr) {
    std::fprintf(stderr, "%s", error.ToString().c_str());
  }
  if (error.kind != ErrorKind::kInternal) return;
  std::fprintf(stderr, "internal error on fuzz input:\n%s\n", error.ToString().c_str());
  std::abort();
}

}  // namespace galley::fuzz
