// A cache of shaped words. Prose repeats words constantly ("the" is ~6% of English), so the
// paragraph builder shapes each distinct (font, size, features, word) once. Words here are the
// spans between spaces; shaping them alone loses only kerning across a space, which Latin
// fonts do not use.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "shaping/shaper.h"

namespace galley::shaping {

class WordShapeCache {
 public:
  explicit WordShapeCache(const Shaper& shaper) : shaper_(shaper) {}

  // The shaped word; the reference stays valid for the cache's lifetime.
  const ShapedRun& Shape(const fonts::Font& font, double size, const FeatureSet& features,
                         std::string_view word);

  size_t hits() const { return hits_; }
  size_t misses() const { return misses_; }

 private:
  struct Key {
    uint32_t font_id;
    float size;
    unsigned features;
    std::string text;
    friend bool operator==(const Key&, const Key&) = default;
  };
  struct KeyHash {
    size_t operator()(const Key& key) const;
  };
  const Shaper& shaper_;
  std::unordered_map<Key, ShapedRun, KeyHash> runs_;
  size_t hits_ = 0, misses_ = 0;
};

}  // namespace galley::shaping
