// Shapes text with HarfBuzz: one call per run of one font, size and feature set. Clusters are
// byte offsets into the given text, so the renderer can hand Cairo cluster maps and the PDF's
// text stays the text (a ligature copies out as its letters).
#pragma once

#include <string>
#include <string_view>

#include "fonts/font.h"
#include "shaping/features.h"
#include "shaping/shaped_run.h"

namespace galley::shaping {

class Shaper {
 public:
  explicit Shaper(const std::string& language);  // BCP 47: selects language-specific forms
  ~Shaper();
  Shaper(const Shaper&) = delete;
  Shaper& operator=(const Shaper&) = delete;

  ShapedRun Shape(const fonts::Font& font, double size, const FeatureSet& features,
                  std::string_view text) const;

 private:
  hb_buffer_t* buffer_;  // reused between calls; Shaper is not thread-safe
  hb_language_t language_;
};

}  // namespace galley::shaping
