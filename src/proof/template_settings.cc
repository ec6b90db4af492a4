#include "proof/template_settings.h"

#include <array>

namespace galley::proof {

std::vector<SettingChange> CompareSettings(const frames::DocumentFrames& before,
                                           const frames::DocumentFrames& after) {
  std::vector<SettingChange> changes;
  for (const frames::Setting& setting : before.settings) {
    const std::string* value = after.SettingValue(setting.key);
    if (value == nullptr) {
      changes.push_back({setting.key, setting.value, "", true, false});
    } else if (*value != setting.value) {
      changes.push_back({setting.key, setting.value, *value, true, true});
    }
  }
  for (const frames::Setting& setting : after.settings) {
    if (before.SettingValue(setting.key) == nullptr) {
      changes.push_back({setting.key, "", setting.value, false, true});
    }
  }
  return changes;
}

std::string SignatureFit(int pages) {
  constexpr std::array<int, 3> kSignatures = {4, 16, 32};
  std::string whole, short_of;
  for (int size : kSignatures) {
    int left = pages % size;
    if (pages > 0 && left == 0) {
      whole += (whole.empty() ? "" : " and ") + std::to_string(size);
    } else {
      int blanks = pages == 0 ? size : size - left;
      short_of += (short_of.empty() ? "" : ", ") + std::string("of ") + std::to_string(size) +
                  ": " + std::to_string(blanks) + (blanks == 1 ? " page" : " pages") + " short";
    }
  }
  std::string out;
  if (!whole.empty()) out = "fills whole signatures of " + whole + " pages";
  if (!short_of.empty()) out += (out.empty() ? "no whole signatures: " : "; ") + short_of;
  return out;
}

}  // namespace galley::proof
