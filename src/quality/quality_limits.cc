#include "quality/quality_limits.h"

#include <charconv>

namespace galley::quality {

namespace {

void ReadInteger(const frames::DocumentFrames& frames, std::string_view key, int* value) {
  const std::string* text = frames.SettingValue(key);
  if (text == nullptr) return;
  int parsed = 0;
  auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), parsed);
  if (error == std::errc() && end == text->data() + text->size()) *value = parsed;
}

}  // namespace

QualityLimits LimitsOf(const frames::DocumentFrames& frames) {
  QualityLimits limits;
  ReadInteger(frames, "linebreak.max-consecutive-hyphens", &limits.max_hyphen_run);
  ReadInteger(frames, "pages.widow-lines", &limits.widow_lines);
  ReadInteger(frames, "pages.orphan-lines", &limits.orphan_lines);
  ReadInteger(frames, "pages.stub-lines", &limits.stub_lines);
  return limits;
}

}  // namespace galley::quality
