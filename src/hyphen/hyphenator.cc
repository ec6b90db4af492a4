#include "hyphen/hyphenator.h"

#include <hyphen.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "base/utf8.h"

namespace galley::hyphen {

struct Hyphenator::Dict {
  HyphenDict* handle = nullptr;
  ~Dict() {
    if (handle != nullptr) hnj_hyphen_free(handle);
  }
};

namespace {

struct LanguageTag {
  std::string language;  // lower case, e.g. "en"
  std::string region;    // upper case, e.g. "GB"; empty if none
};

// BCP 47: language[-script][-region]…; only the language and a two-letter region matter for
// choosing patterns ("en-Latn-GB" → en, GB).
LanguageTag ParseTag(const std::string& tag) {
  LanguageTag parsed;
  size_t start = 0;
  for (int index = 0; start <= tag.size(); ++index) {
    size_t end = tag.find_first_of("-_", start);
    if (end == std::string::npos) end = tag.size();
    std::string subtag = tag.substr(start, end - start);
    if (index == 0) {
      for (char c : subtag) parsed.language += static_cast<char>(std::tolower(c));
    } else if (subtag.size() == 2 && parsed.region.empty()) {
      for (char c : subtag) parsed.region += static_cast<char>(std::toupper(c));
    }
    start = end + 1;
  }
  return parsed;
}

// English without a region means American patterns, as Debian's hyph_en.dic link does.
std::vector<std::string> DictionaryNames(const LanguageTag& tag) {
  std::string region = tag.region;
  if (region.empty() && tag.language == "en") region = "US";
  std::vector<std::string> names;
  if (!region.empty()) names.push_back("hyph_" + tag.language + "_" + region + ".dic");
  names.push_back("hyph_" + tag.language + ".dic");
  return names;
}

std::string DebianPackage(const LanguageTag& tag) {
  if (tag.language != "en") return "hyphen-" + tag.language;
  return tag.region == "GB" ? "hyphen-en-gb" : "hyphen-en-us";
}

// Simple (one-to-one) lower-casing per code point, so letter counts and positions carry over.
// `letter_offsets` gets each letter's byte offset in `word`, plus word.size() at the end.
std::string LowerCase(std::string_view word, std::vector<size_t>* letter_offsets) {
  std::string lower;
  lower.reserve(word.size());
  size_t offset = 0;
  while (offset < word.size()) {
    letter_offsets->push_back(offset);
    char32_t letter = DecodeUtf8(word, &offset);
    AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(letter))), &lower);
  }
  letter_offsets->push_back(word.size());
  return lower;
}

std::string LowerCase(std::string_view word) {
  std::vector<size_t> unused;
  return LowerCase(word, &unused);
}

// "man-u-script" → letter positions {3, 4}.
std::vector<size_t> ExceptionBreaks(std::string_view pattern) {
  std::vector<size_t> breaks;
  size_t letters = 0;
  size_t offset = 0;
  while (offset < pattern.size()) {
    if (pattern[offset] == '-') {
      ++offset;
      if (letters > 0) breaks.push_back(letters);
      continue;
    }
    DecodeUtf8(pattern, &offset);
    ++letters;
  }
  return breaks;
}

// The first line of a libhyphen dictionary names its character set.
Result<std::string> ReadCharset(const std::string& path) {
  FILE* file = std::fopen(path.c_str(), "r");
  if (file == nullptr) return IoError(path, "cannot open the hyphenation dictionary");
  char line[64] = {};
  bool read = std::fgets(line, sizeof line, file) != nullptr;
  std::fclose(file);
  if (!read) return IoError(path, "the hyphenation dictionary is empty");
  std::string charset(line);
  while (!charset.empty() && std::isspace(static_cast<unsigned char>(charset.back()))) {
    charset.pop_back();
  }
  return charset;
}

Result<std::unique_ptr<HyphenDict, void (*)(HyphenDict*)>> LoadDictionary(
    const std::string& path) {
  Result<std::string> charset = ReadCharset(path);
  if (!charset.ok()) return charset.take_error();
  if (*charset != "UTF-8") {
    return IoError(path, "the hyphenation dictionary is encoded in " + *charset +
                             ", but Galley reads UTF-8 dictionaries only",
                   "convert it with `iconv -f " + *charset +
                       " -t UTF-8` and change its first line to UTF-8");
  }
  // hnj_hyphen_load would print to stderr on failure; open the file here instead.
  FILE* file = std::fopen(path.c_str(), "r");
  if (file == nullptr) return IoError(path, "cannot open the hyphenation dictionary");
  HyphenDict* dict = hnj_hyphen_load_file(file);
  std::fclose(file);
  if (dict == nullptr) return IoError(path, "libhyphen could not read this dictionary");
  return std::unique_ptr<HyphenDict, void (*)(HyphenDict*)>(dict, hnj_hyphen_free);
}

Result<std::map<std::string, std::string>> NormalizeExceptions(
    const std::map<std::string, std::string>& exceptions) {
  std::map<std::string, std::string> normalized;
  for (const auto& [word, pattern] : exceptions) {
    std::string key = LowerCase(word);
    std::string value = LowerCase(pattern);
    std::string letters;
    for (char c : value) {
      if (c != '-') letters += c;
    }
    if (letters != key) {
      return InputError({}, "the hyphenation exception for \"" + word + "\" is \"" + pattern +
                                "\", which spells a different word",
                        "write the same word with hyphens where it may break, e.g. "
                        "\"manuscript\": \"man-u-script\"");
    }
    normalized[key] = value;
  }
  return normalized;
}

}  // namespace

Result<std::unique_ptr<Hyphenator>> Hyphenator::ForLanguage(const std::string& language,
                                                            HyphenationSettings settings,
                                                            const std::string& dictionary_dir) {
  LanguageTag tag = ParseTag(language);
  if (tag.language.empty()) {
    return InputError({}, "no language given to choose hyphenation patterns",
                      "set the book's language, e.g. en-GB");
  }
  std::string path;
  for (const std::string& name : DictionaryNames(tag)) {
    std::filesystem::path candidate = std::filesystem::path(dictionary_dir) / name;
    std::error_code error;
    if (std::filesystem::is_regular_file(candidate, error)) {
      path = candidate.string();
      break;
    }
  }
  if (path.empty()) {
    return InputError({}, "no hyphenation patterns for language \"" + language + "\" in " +
                              dictionary_dir,
                      "install them (apt-get install " + DebianPackage(tag) +
                          ") or turn hyphenation off in the template");
  }
  auto dict = LoadDictionary(path);
  if (!dict.ok()) return dict.take_error();
  auto exceptions = NormalizeExceptions(settings.exceptions);
  if (!exceptions.ok()) return exceptions.take_error();

  std::unique_ptr<Hyphenator> hyphenator(new Hyphenator());
  hyphenator->dict_ = std::make_unique<Dict>();
  hyphenator->dict_->handle = dict->release();
  hyphenator->settings_ = std::move(settings);
  hyphenator->settings_.exceptions = std::move(*exceptions);
  hyphenator->dictionary_path_ = path;
  return hyphenator;
}

Hyphenator::~Hyphenator() = default;

// Letter positions libhyphen allows in a lower-cased word. For UTF-8 dictionaries libhyphen
// converts its answer from bytes to characters (hnj_hyphen_norm): an odd hyphens[i] means a
// break after letter i. Non-standard breaks (replacements such as German "Schiff=fahrt") are
// left out: Galley only inserts a hyphen.
std::vector<size_t> Hyphenator::PatternBreaks(const std::string& lower, size_t letters) const {
  std::vector<char> hyphens(lower.size() + 5, '0');
  char** replacements = nullptr;
  int* positions = nullptr;
  int* cuts = nullptr;
  int size = static_cast<int>(lower.size());
  std::vector<size_t> breaks;
  if (hnj_hyphen_hyphenate2(dict_->handle, lower.c_str(), size, hyphens.data(), nullptr,
                            &replacements, &positions, &cuts) == 0) {
    for (size_t i = 0; i + 1 < letters; ++i) {
      bool replaced = replacements != nullptr && replacements[i] != nullptr;
      if ((hyphens[i] & 1) && !replaced) breaks.push_back(i + 1);
    }
  }
  if (replacements != nullptr) {
    for (int i = 0; i < size; ++i) std::free(replacements[i]);
    std::free(replacements);
  }
  std::free(positions);
  std::free(cuts);
  return breaks;
}

bool Hyphenator::IsException(std::string_view word) const {
  return !settings_.exceptions.empty() && settings_.exceptions.count(LowerCase(word)) > 0;
}

std::vector<size_t> Hyphenator::Breaks(std::string_view word) const {
  if (word.empty()) return {};
  std::vector<size_t> letter_offsets;
  std::string lower = LowerCase(word, &letter_offsets);
  size_t letters = letter_offsets.size() - 1;

  auto exception = settings_.exceptions.find(lower);
  std::vector<size_t> letter_breaks = exception != settings_.exceptions.end()
                                          ? ExceptionBreaks(exception->second)
                                          : PatternBreaks(lower, letters);
  std::vector<size_t> breaks;
  for (size_t at : letter_breaks) {
    bool left_ok = at >= static_cast<size_t>(std::max(settings_.left_min, 1));
    bool right_ok = at + static_cast<size_t>(std::max(settings_.right_min, 1)) <= letters;
    if (left_ok && right_ok) breaks.push_back(letter_offsets[at]);
  }
  return breaks;
}

}  // namespace galley::hyphen
