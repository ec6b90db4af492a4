#include "language/dictionaries.h"

#include <algorithm>
#include <array>
#include <filesystem>

namespace galley::language {

namespace {

// Languages whose dictionaries Debian 12 packages under the plain language code, from
// `apt-cache search --names-only '^hyphen-'` and `'^hunspell-'` (English, German, Portuguese
// and Norwegian are split by region below).
constexpr std::array kHyphenLanguages = {
    "af", "as", "be", "bg", "bn", "ca", "cs", "da", "el", "es", "fr", "gl", "gu", "hi", "hr",
    "hu", "id", "is", "it", "kn", "lt", "lv", "ml", "mn", "mr", "nl", "or", "pa", "pl", "ro",
    "ru", "sk", "sl", "sr", "sv", "ta", "te", "th", "uk", "zu"};
constexpr std::array kHunspellLanguages = {
    "af", "an", "ar", "be", "bg", "bn", "bo", "br", "bs", "ca", "cs", "da", "dz", "el", "es",
    "eu", "fr", "gd", "gl", "gu", "gug", "he", "hi", "hr", "hu", "id", "is", "it", "kk", "kmr",
    "ko", "lo", "lt", "lv", "ml", "mn", "ne", "nl", "oc", "pl", "ro", "ru", "si", "sk", "sl",
    "sr", "sv", "sw", "te", "th", "tr", "uk", "uz", "vi"};
constexpr std::array kMyspellLanguages = {"eo", "et", "fo", "tl"};

template <size_t N>
bool Contains(const std::array<const char*, N>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// The region a language's dictionary is named after when the tag gives none, where it is not
// the language code in capitals (de → DE, fr → FR, it → IT need no entry).
std::string UsualRegion(const std::string& language) {
  static constexpr std::array<std::array<const char*, 2>, 16> kRegions = {{
      {"en", "US"}, {"pt", "PT"}, {"sv", "SE"}, {"da", "DK"}, {"cs", "CZ"}, {"el", "GR"},
      {"uk", "UA"}, {"sl", "SI"}, {"nb", "NO"}, {"nn", "NO"}, {"ca", "ES"}, {"gl", "ES"},
      {"eu", "ES"}, {"et", "EE"}, {"he", "IL"}, {"hi", "IN"}}};
  for (const auto& [code, region] : kRegions) {
    if (language == code) return region;
  }
  std::string upper;
  for (char c : language) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

std::string Prefix(DictionaryKind kind) {
  return kind == DictionaryKind::kHyphenation ? "hyph_" : "";
}

bool IsBritishEnglish(const std::string& region) {
  return region == "GB" || region == "AU" || region == "NZ" || region == "IE" || region == "ZA" ||
         region == "IN";
}

std::string HyphenPackage(const LanguageTag& tag) {
  const std::string& language = tag.language;
  if (language == "en") return IsBritishEnglish(tag.region) ? "hyphen-en-gb" : "hyphen-en-us";
  if (language == "de") return "hyphen-de";
  if (language == "pt") return tag.region == "BR" ? "hyphen-pt-br" : "hyphen-pt-pt";
  if (language == "nb" || language == "nn" || language == "no") return "hyphen-no";
  return Contains(kHyphenLanguages, language) ? "hyphen-" + language : "";
}

std::string HunspellPackage(const LanguageTag& tag) {
  const std::string& language = tag.language;
  const std::string& region = tag.region;
  if (language == "en") {
    if (region == "GB" || region == "AU" || region == "CA" || region == "ZA") {
      return "hunspell-en-" + std::string{static_cast<char>(std::tolower(region[0])),
                                          static_cast<char>(std::tolower(region[1]))};
    }
    return region.empty() || region == "US" ? "hunspell-en-us" : "";
  }
  if (language == "de") {
    if (region == "AT") return "hunspell-de-at";
    if (region == "CH") return "hunspell-de-ch";
    return "hunspell-de-de";
  }
  if (language == "pt") return region == "BR" ? "hunspell-pt-br" : "hunspell-pt-pt";
  if (language == "nb" || language == "nn" || language == "no") return "hunspell-no";
  if (Contains(kMyspellLanguages, language)) return "myspell-" + language;
  return Contains(kHunspellLanguages, language) ? "hunspell-" + language : "";
}

std::string KindName(DictionaryKind kind) {
  return kind == DictionaryKind::kHyphenation ? "hyphenation patterns" : "spelling dictionary";
}

bool IsFile(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::is_regular_file(path, error);
}

// The first "<prefix><ll>_<RR>.dic" in `directory`, in name order; empty if none.
std::string AnyRegionFile(DictionaryKind kind, const std::string& language,
                          const std::string& directory) {
  std::string start = Prefix(kind) + language + "_";
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(start, 0) == 0 && name.size() > 4 &&
        name.compare(name.size() - 4, 4, ".dic") == 0 && IsFile(entry.path())) {
      names.push_back(name);
    }
  }
  if (names.empty()) return {};
  return (std::filesystem::path(directory) / *std::min_element(names.begin(), names.end()))
      .string();
}

}  // namespace

std::string DebianDictionaryDirectory(DictionaryKind kind) {
  return kind == DictionaryKind::kHyphenation ? "/usr/share/hyphen" : "/usr/share/hunspell";
}

std::vector<std::string> DictionaryFileNames(DictionaryKind kind, const LanguageTag& tag) {
  std::string prefix = Prefix(kind) + tag.language;
  std::string region = tag.region.empty() ? UsualRegion(tag.language) : tag.region;
  return {prefix + "_" + region + ".dic", prefix + ".dic"};
}

std::string DebianPackage(DictionaryKind kind, const LanguageTag& tag) {
  return kind == DictionaryKind::kHyphenation ? HyphenPackage(tag) : HunspellPackage(tag);
}

Result<std::string> FindDictionary(DictionaryKind kind, std::string_view tag_text,
                                   const std::string& directory) {
  LanguageTag tag = ParseLanguageTag(tag_text);
  if (tag.language.empty()) {
    return InputError({}, "no language given to choose the " + KindName(kind),
                      "set the book's language, e.g. `language: en-GB`");
  }
  for (const std::string& name : DictionaryFileNames(kind, tag)) {
    std::filesystem::path path = std::filesystem::path(directory) / name;
    if (IsFile(path)) return path.string();
  }
  if (tag.region.empty()) {
    std::string any = AnyRegionFile(kind, tag.language, directory);
    if (!any.empty()) return any;
  }
  std::string what = KindName(kind) + " for " + LanguageName(tag) + " (" + std::string(tag_text) +
                     ")";
  std::string package = DebianPackage(kind, tag);
  if (package.empty()) {
    return InputError({}, "Debian has no " + what + ": no package installs " +
                              DictionaryFileNames(kind, tag).front() + " in " + directory,
                      "check the language tag");
  }
  return InputError({}, "the " + what + " is not installed: " + directory + " has no " +
                            DictionaryFileNames(kind, tag).front(),
                    "install it: apt-get install " + package);
}

}  // namespace galley::language
