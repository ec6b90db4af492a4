#include "language/language_tag.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cctype>

namespace galley::language {

namespace {

std::string Lower(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Upper(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool IsAlpha(std::string_view text) {
  for (char c : text) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsDigits(std::string_view text) {
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !text.empty();
}

}  // namespace

std::string LanguageTag::ToString() const {
  std::string out = language;
  if (!script.empty()) out += "-" + script;
  if (!region.empty()) out += "-" + region;
  return out;
}

// RFC 5646 section 2.1: language, then an optional four-letter script, then an optional region
// (two letters or three digits); variants and extensions after them do not choose a dictionary.
LanguageTag ParseLanguageTag(std::string_view tag) {
  LanguageTag parsed;
  size_t start = 0;
  for (int index = 0; start <= tag.size(); ++index) {
    size_t end = tag.find_first_of("-_", start);
    if (end == std::string_view::npos) end = tag.size();
    std::string_view subtag = tag.substr(start, end - start);
    start = end + 1;
    if (index == 0) {
      parsed.language = Lower(subtag);
    } else if (index == 1 && subtag.size() == 4 && IsAlpha(subtag)) {
      parsed.script = Upper(subtag.substr(0, 1)) + Lower(subtag.substr(1));
    } else if (parsed.region.empty() &&
               ((subtag.size() == 2 && IsAlpha(subtag)) || (subtag.size() == 3 && IsDigits(subtag)))) {
      parsed.region = Upper(subtag);
      break;
    } else if (index > 0) {
      break;  // a variant or extension: nothing after it is a region
    }
  }
  return parsed;
}

std::string LanguageName(const LanguageTag& tag) {
  icu::Locale locale(tag.language.c_str());
  icu::UnicodeString name;
  locale.getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  // ICU echoes a code it does not know.
  if (out.empty() || out == tag.language) return tag.language;
  return out;
}

}  // namespace galley::language
