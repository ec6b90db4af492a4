// The first stage of the harnesses that write a whole book (EPUB, PDF): the fuzz input read as
// a manuscript.md and parsed leniently, as `galley --lenient` does, so that the writers see
// every document a user can get past the parser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "fuzz/fuzz_support.h"
#include "manuscript/manuscript_parser.h"

namespace galley::fuzz {

// The document, or nothing when the parser refused the input with an input error (an internal
// error aborts, as ExpectInputError says).
inline std::optional<model::Document> ParseLenientManuscript(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  manuscript::ParseOptions parse_options;
  parse_options.strict = false;
  Result<model::Document> document =
      manuscript::ParseManuscript(text, "manuscript.md", parse_options);
  if (!document.ok()) {
    ExpectInputError(document.error());
    return std::nullopt;
  }
  return std::move(document).value();
}

}  // namespace galley::fuzz
