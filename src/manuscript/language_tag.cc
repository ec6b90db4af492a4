#include "manuscript/language_tag.h"

#include <unicode/uloc.h>

#include "base/quoted_value.h"

namespace galley::manuscript {

std::string LanguageTagProblem(std::string_view tag) {
  std::string text(tag);
  std::string quoted = "`" + ClipForMessage(text) + "`";
  if (text.empty()) return "the language tag is empty";
  // uloc_forLanguageTag parses as much of the tag as is well formed and reports how much; a
  // tag it cannot read to the end ("en_US", "en-") is not BCP 47.
  char locale[ULOC_FULLNAME_CAPACITY] = "";
  int32_t parsed = 0;
  UErrorCode status = U_ZERO_ERROR;
  uloc_forLanguageTag(text.c_str(), locale, sizeof locale, &parsed, &status);
  if (U_FAILURE(status) || parsed != static_cast<int32_t>(text.size())) {
    return quoted + " is not a well-formed BCP 47 language tag";
  }
  // uloc_getISO3Language maps a known ISO 639 code to its three-letter form and anything else
  // ("xx", "english", "und") to "".
  const char* iso3 = uloc_getISO3Language(locale);
  if (iso3 == nullptr || *iso3 == '\0') {
    return quoted + " does not name a known ISO 639 language";
  }
  return {};
}

}  // namespace galley::manuscript
