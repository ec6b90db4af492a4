#include "proof/summary_wording.h"

namespace galley::proof {

std::string Plural(size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

bool Listed(size_t index, size_t total, std::string* out) {
  if (index < kSummaryListLimit) return true;
  if (index == kSummaryListLimit) {
    *out += "  … and " + std::to_string(total - kSummaryListLimit) +
            " more (the HTML report, --html FILE, lists them all)\n";
  }
  return false;
}

void ChangeList::Add(size_t count, std::string_view one, std::string_view many) {
  if (count > 0) parts_.push_back(Plural(count, one, many));
}

std::string ChangeList::Sentence() const {
  std::string out = "changed: ";
  for (size_t i = 0; i < parts_.size(); ++i) out += (i > 0 ? ", " : "") + parts_[i];
  return out + ".";
}

}  // namespace galley::proof
