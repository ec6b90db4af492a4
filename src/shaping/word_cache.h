// A cache of shaped words. Prose repeats words constantly ("the" is ~6% of English), so the
// paragraph builder shapes each distinct (font, size, features, word) once. Words here are the
// spans between spaces; shaping them alone loses only kerning across a space, which Latin
// fonts do not use. Fonts are told apart by id, so one cache serves one FontLibrary. Not
// thread-safe: one cache per thread, like the Shaper it uses.
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
  // A key that borrows its text, for lookups: with C++20 heterogeneous lookup (P0919R3,
  // P1690R1) a cache hit builds no std::string and allocates nothing.
  struct KeyView {
    uint32_t font_id;
    double size;
    unsigned features;  // FeatureSet::Bits()
    std::string_view text;
    friend bool operator==(const KeyView&, const KeyView&) = default;
  };
  struct Key {
    uint32_t font_id;
    double size;
    unsigned features;
    std::string text;
    KeyView view() const { return {font_id, size, features, text}; }
  };
  static KeyView ViewOf(const KeyView& key) { return key; }
  static KeyView ViewOf(const Key& key) { return key.view(); }
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(const KeyView& key) const;
    size_t operator()(const Key& key) const { return (*this)(key.view()); }
  };
  struct KeyEqual {
    using is_transparent = void;
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const { return ViewOf(a) == ViewOf(b); }
  };

  const Shaper& shaper_;
  std::unordered_map<Key, ShapedRun, KeyHash, KeyEqual> runs_;
  size_t hits_ = 0, misses_ = 0;
};

}  // namespace galley::shaping
