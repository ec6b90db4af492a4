#include "layout/paragraph/text_style.h"

#include <cassert>

namespace galley::layout {

std::string FeatureTags(const shaping::FeatureSet& features) {
  std::string tags;
  auto add = [&tags](const char* tag) {
    if (!tags.empty()) tags += ' ';
    tags += tag;
  };
  if (features.kerning) add("kern");
  if (features.ligatures) add("liga clig");
  if (features.small_caps) add("smcp");
  if (features.caps_to_small_caps) add("c2sc");
  add(features.oldstyle_figures && !features.capitals ? "onum" : "lnum");
  if (features.capitals) add("case");
  if (features.tabular_figures) add("tnum");
  return tags;
}

StyleId StyleTable::Intern(const TextStyle& style) {
  for (size_t i = 0; i < styles_.size(); ++i) {
    if (styles_[i] == style) return static_cast<StyleId>(i);
  }
  assert(styles_.size() < 0xFFFF);
  styles_.push_back(style);
  Marks marks;
  marks.font = fonts_.Id(style.font);
  marks.style.face = style.face;
  marks.style.small_caps = style.features.small_caps || style.features.caps_to_small_caps;
  marks.style.underline = style.underline;
  marks.style.tracking = style.tracking;
  marks.style.rise = style.rise;
  marks.style.features = FeatureTags(style.features);
  marks.style.language = style.language;
  marks_.push_back(std::move(marks));
  return static_cast<StyleId>(styles_.size() - 1);
}

frames::GlyphRunItem StyleTable::EmptyRun(StyleId id, double x, double y,
                                          double horizontal_scale) const {
  frames::GlyphRunItem run;
  run.font = marks_[id].font;
  run.size = styles_[id].size;
  run.style = marks_[id].style;
  run.x = x;
  run.y = y;
  run.horizontal_scale = horizontal_scale;
  return run;
}

}  // namespace galley::layout
