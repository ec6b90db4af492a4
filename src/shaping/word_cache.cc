#include "shaping/word_cache.h"

#include <bit>
#include <functional>

namespace galley::shaping {

size_t WordShapeCache::KeyHash::operator()(const KeyView& key) const {
  // Not a stable hash (the cache lives in memory only): std::hash of the text, mixed with the
  // other fields by the splitmix64 finaliser so that sizes and faces spread over the buckets.
  uint64_t h = std::hash<std::string_view>()(key.text);
  h ^= (uint64_t{key.font_id} << 40) ^ (uint64_t{key.features} << 32) ^
       std::bit_cast<uint64_t>(key.size);
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
  return static_cast<size_t>(h ^ (h >> 31));
}

const ShapedRun& WordShapeCache::Shape(const fonts::Font& font, double size,
                                       const FeatureSet& features, std::string_view word) {
  KeyView view{font.id(), size, features.Bits(), word};
  auto found = runs_.find(view);  // heterogeneous: no std::string is built for a hit
  if (found != runs_.end()) {
    ++hits_;
    return found->second;
  }
  ++misses_;
  Key key{view.font_id, view.size, view.features, std::string(word)};
  auto [inserted, unused] =
      runs_.emplace(std::move(key), shaper_.Shape(font, size, features, word));
  return inserted->second;
}

}  // namespace galley::shaping
