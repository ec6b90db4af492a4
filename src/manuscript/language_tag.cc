#include "manuscript/language_tag.h"

#include <unicode/uloc.h>

#include "base/quoted_value.h"

namespace galley::manuscript {

namespace {

// The ICU locale ID of `tag` (it may be longer than the tag: "-u-ca-gregory" becomes
// "@calendar=gregorian"), and whether ICU read the tag to its end; false when it is not
// well-formed BCP 47 ("en_US", "en-").
bool ReadsToTheEnd(const std::string& tag, std::string* locale) {
  locale->assign(ULOC_FULLNAME_CAPACITY, '\0');
  for (int attempt = 0; attempt < 2; ++attempt) {
    int32_t parsed = 0;
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uloc_forLanguageTag(tag.c_str(), locale->data(),
                                         static_cast<int32_t>(locale->size()), &parsed, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
      locale->assign(static_cast<size_t>(length) + 1, '\0');  // the size ICU asked for
      continue;
    }
    if (U_FAILURE(status)) return false;
    locale->resize(static_cast<size_t>(length));
    return parsed == static_cast<int32_t>(tag.size());
  }
  return false;
}

}  // namespace

std::string LanguageTagProblem(std::string_view tag) {
  std::string text(tag);
  std::string quoted = "`" + ClipForMessage(text) + "`";
  if (text.empty()) return "the language tag is empty";
  if (text.size() > kMaxLanguageTagLength) {
    return quoted + " is " + std::to_string(text.size()) +
           " characters long; Galley reads language tags of at most " +
           std::to_string(kMaxLanguageTagLength);
  }
  std::string locale;
  if (!ReadsToTheEnd(text, &locale)) return quoted + " is not a well-formed BCP 47 language tag";
  // uloc_getISO3Language maps a known ISO 639 code to its three-letter form and anything else
  // ("xx", "english", "und") to "".
  const char* iso3 = uloc_getISO3Language(locale.c_str());
  if (iso3 == nullptr || *iso3 == '\0') {
    return quoted + " does not name a known ISO 639 language";
  }
  return {};
}

}  // namespace galley::manuscript
