// Source lines for the clean-up tests, numbered from 1 as a source file's are.
#pragma once

#include <string>
#include <vector>

#include "clean/source_text.h"

namespace galley {

inline std::vector<SourceLine> NumberedLines(const std::vector<std::string>& texts) {
  std::vector<SourceLine> lines;
  for (size_t i = 0; i < texts.size(); ++i) lines.push_back({static_cast<int>(i + 1), texts[i]});
  return lines;
}

}  // namespace galley
