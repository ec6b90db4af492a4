#include "shaping/shaper.h"

namespace galley::shaping {

Shaper::Shaper(const std::string& language)
    : buffer_(hb_buffer_create()),
      // An explicit language, never HarfBuzz's default from the process locale, so that the
      // same text shapes the same on every machine. "und" (undetermined) when none is given.
      language_(hb_language_from_string(language.empty() ? "und" : language.c_str(), -1)) {}

Shaper::~Shaper() { hb_buffer_destroy(buffer_); }

ShapedRun Shaper::Shape(const fonts::Font& font, double size, const FeatureSet& features,
                        std::string_view text) const {
  hb_buffer_clear_contents(buffer_);
  // Item offset 0 and the whole text as context: clusters are byte offsets into `text`.
  hb_buffer_add_utf8(buffer_, text.data(), static_cast<int>(text.size()), 0,
                     static_cast<int>(text.size()));
  hb_buffer_set_direction(buffer_, HB_DIRECTION_LTR);
  hb_buffer_set_language(buffer_, language_);
  hb_buffer_guess_segment_properties(buffer_);  // the script, from the text's first letter
  // MONOTONE_CHARACTERS: marks get their own clusters, but clusters still never decrease, so
  // each glyph maps back to the first byte of the characters it shows (HarfBuzz manual,
  // "Clusters").
  hb_buffer_set_cluster_level(buffer_, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);

  std::vector<hb_feature_t> hb_features = features.ToHarfBuzz();
  hb_shape(font.hb_font(), buffer_, hb_features.data(), static_cast<unsigned>(hb_features.size()));

  unsigned count = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer_, &count);
  const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer_, &count);
  // The font's scale is its em in units (fonts::FontLibrary), so points = units * size / upem.
  const double scale = size / font.units_per_em();

  ShapedRun run;
  run.glyphs.resize(count);
  double width = 0;
  for (unsigned i = 0; i < count; ++i) {
    Glyph& glyph = run.glyphs[i];
    glyph.id = infos[i].codepoint;
    glyph.cluster = infos[i].cluster;
    glyph.x_advance = static_cast<float>(positions[i].x_advance * scale);
    glyph.x_offset = static_cast<float>(positions[i].x_offset * scale);
    glyph.y_offset = static_cast<float>(positions[i].y_offset * scale);
    width += positions[i].x_advance * scale;
    if (glyph.id == 0) run.has_notdef = true;
  }
  run.width = width;
  return run;
}

}  // namespace galley::shaping
