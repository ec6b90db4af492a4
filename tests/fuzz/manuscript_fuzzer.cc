// The manuscript parser (front matter, CommonMark through cmark-gfm, Galley's tags) and the
// content model it builds, as `galley dump` shows it. Input: a manuscript.md.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "manuscript/manuscript_parser.h"
#include "model/json_dump.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace galley;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool strict : {true, false}) {
    manuscript::ParseOptions options;
    options.strict = strict;
    Result<model::Document> document = manuscript::ParseManuscript(text, "manuscript.md", options);
    if (!document.ok()) {
      fuzz::ExpectInputError(document.error());
      continue;
    }
    // Every node the parser builds must be one the dump can walk.
    std::string dump = model::DumpJson(*document);
    if (dump.empty()) std::abort();
    return 0;  // lenient parsing accepts whatever strict parsing does
  }
  return 0;
}
