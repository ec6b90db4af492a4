// The metadata keys a book may give (docs/manuscript.md, "Front matter"): one table shared by
// the manuscript's front-matter parser, by `galley clean`'s metadata.txt reader and by their
// error hints, so the two can never disagree about what a key is.
#pragma once

#include <string_view>
#include <vector>

namespace galley::model {

struct MetadataKey {
  std::string_view name;
  bool required;
  bool repeatable;
  std::string_view example;  // a line to suggest in hints: "language: en-US"
};

// Every key, in the order docs/manuscript.md lists them.
const std::vector<MetadataKey>& MetadataKeys();

// The key called `name`, or nullptr.
const MetadataKey* FindMetadataKey(std::string_view name);

}  // namespace galley::model
