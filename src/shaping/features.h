// Which OpenType features a run is shaped with. A template names them; the shaper turns them
// into HarfBuzz features. Part of the word-cache key, so keep it small and comparable.
#pragma once

#include <vector>

#include <hb.h>

namespace galley::shaping {

struct FeatureSet {
  bool kerning = true;            // kern
  bool ligatures = true;          // liga, clig
  bool small_caps = false;        // smcp: lower case → small capitals
  bool caps_to_small_caps = false;// c2sc: capitals → small capitals
  bool oldstyle_figures = false;  // onum (else lnum)
  bool tabular_figures = false;   // tnum
  bool capitals = false;          // lnum + case: figures and punctuation standing among
                                  // capitals (KRONSTADT 21, 53A), whatever the text figures are

  friend bool operator==(const FeatureSet&, const FeatureSet&) = default;
  unsigned Bits() const;  // a compact key
  std::vector<hb_feature_t> ToHarfBuzz() const;
};

}  // namespace galley::shaping
