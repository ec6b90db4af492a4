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

}  // namespace galley::proof
