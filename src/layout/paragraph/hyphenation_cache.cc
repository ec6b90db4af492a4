#include "layout/paragraph/hyphenation_cache.h"

namespace galley::layout {

const std::vector<uint32_t>& HyphenationCache::Breaks(std::string_view letters) {
  auto found = breaks_.find(letters);
  if (found != breaks_.end()) return found->second;
  std::vector<uint32_t> offsets;
  for (size_t offset : hyphenator_.Breaks(letters)) offsets.push_back(static_cast<uint32_t>(offset));
  return breaks_.emplace(std::string(letters), std::move(offsets)).first->second;
}

}  // namespace galley::layout
