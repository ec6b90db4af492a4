#include "shaping/features.h"

namespace galley::shaping {

namespace {

hb_feature_t Global(hb_tag_t tag, bool on) {
  return hb_feature_t{tag, on ? 1u : 0u, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END};
}

}  // namespace

unsigned FeatureSet::Bits() const {
  return (kerning ? 1u : 0u) | (ligatures ? 2u : 0u) | (small_caps ? 4u : 0u) |
         (caps_to_small_caps ? 8u : 0u) | (oldstyle_figures ? 16u : 0u) |
         (tabular_figures ? 32u : 0u) | (capitals ? 64u : 0u);
}

// Every feature is named, on or off, so the result never depends on a font's defaults for
// the features a template controls. Figures: onum or lnum is switched on, never left to the
// font (EB Garamond's default figures are old-style, most fonts' are lining).
std::vector<hb_feature_t> FeatureSet::ToHarfBuzz() const {
  return {
      Global(HB_TAG('k', 'e', 'r', 'n'), kerning),
      Global(HB_TAG('l', 'i', 'g', 'a'), ligatures),
      Global(HB_TAG('c', 'l', 'i', 'g'), ligatures),
      Global(HB_TAG('s', 'm', 'c', 'p'), small_caps),
      Global(HB_TAG('c', '2', 's', 'c'), caps_to_small_caps),
      Global(oldstyle_figures && !capitals ? HB_TAG('o', 'n', 'u', 'm')
                                           : HB_TAG('l', 'n', 'u', 'm'),
             true),
      Global(HB_TAG('t', 'n', 'u', 'm'), tabular_figures),
      Global(HB_TAG('c', 'a', 's', 'e'), capitals),
  };
}

}  // namespace galley::shaping
