// `galley epub`, callable from other commands (`galley build` makes the EPUB through MakeEpub,
// `galley proof` through MakeEpubInMemory).
#pragma once

#include <string>

#include "cli/command.h"

namespace galley::cli {

struct EpubRequest {
  std::string title;   // a title folder (content/<slug>) or a manuscript .md file
  std::string output;  // default: out/<slug>.epub
  std::string cover;   // a PNG/JPEG to use instead of the typographic cover
  std::string fonts_dir;   // default: fonts/ (ShippedFile)
  std::string stylesheet;  // default: templates/epub/book.css (ShippedFile)
  bool lenient = false;
  bool no_cache = false;
};

// An EPUB made but not yet written: its bytes and where they go.
struct EpubOutput {
  std::string path;
  std::string bytes;
};

// Makes the EPUB (using and filling the cache beside a file output) without writing it, for
// `galley build` to write together with the PDF. Errors are returned, not printed.
Result<EpubOutput> PrepareEpub(CommandEnv& env, const EpubRequest& request);

// Builds and writes the EPUB; on any error prints it, leaves the output untouched, returns 1.
int MakeEpub(CommandEnv& env, const EpubRequest& request);

// The EPUB's bytes, made in memory without writing anything (no cache either): what
// `galley proof` compares when a title stands against an EPUB. `output` and `no_cache` are
// not used.
Result<std::string> MakeEpubInMemory(CommandEnv& env, const EpubRequest& request);

}  // namespace galley::cli
