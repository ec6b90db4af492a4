// Where a front-matter key was written, for errors about the metadata: the key's own line when
// the manuscript parser recorded it (model::Metadata::positions), else the file's first line.
#pragma once

#include <string>

#include "base/source_position.h"
#include "model/document.h"

namespace galley::model {

inline SourceLocation FrontMatterLocation(const Document& document, const std::string& key) {
  auto found = document.metadata.positions.find(key);
  SourcePos pos = found != document.metadata.positions.end() ? found->second : SourcePos{1, 1};
  return {document.source_path, pos};
}

}  // namespace galley::model
