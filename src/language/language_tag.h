// A BCP 47 language tag (RFC 5646) as the parts that choose a dictionary: "en-Latn-GB" →
// language "en", script "Latn", region "GB". Checking a tag's syntax is the manuscript's job
// (manuscript/language_tag.h); this only splits a tag that was accepted, and tolerates "en_GB"
// (the form of Debian's file names) and any case.
#pragma once

#include <string>
#include <string_view>

namespace galley::language {

struct LanguageTag {
  std::string language;  // lower case, e.g. "de"; empty for an empty tag
  std::string script;    // title case, e.g. "Latn"; empty if none
  std::string region;    // upper case, e.g. "DE" (or three digits, "419"); empty if none

  // "de-DE", "en-Latn-GB": the parts in their canonical case.
  std::string ToString() const;
};

LanguageTag ParseLanguageTag(std::string_view tag);

// The language's English name from ICU ("German"), or the subtag itself when ICU has none.
std::string LanguageName(const LanguageTag& tag);

}  // namespace galley::language
