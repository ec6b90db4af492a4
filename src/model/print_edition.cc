#include "model/print_edition.h"

#include <algorithm>

#include "model/document.h"

namespace galley::model {

SourceEditions SplitSource(const Metadata& metadata) {
  const std::string& source = metadata.source;
  size_t end = std::min(source.find(';'), source.size());
  SourceEditions editions{source.substr(0, end), source.substr(end), false};
  editions.date_after_first = !metadata.source_date.empty() &&
                              editions.first.find(metadata.source_date) == std::string::npos;
  return editions;
}

}  // namespace galley::model
