#include "hyphen/hyphenator.h"

#include <hyphen.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "base/quoted_value.h"
#include "base/utf8.h"
#include "hyphen/pattern_cache.h"
#include "language/dictionaries.h"

namespace galley::hyphen {

struct Hyphenator::Dict {
  HyphenDict* handle = nullptr;
  ~Dict() {
    if (handle != nullptr) hnj_hyphen_free(handle);
  }
};

namespace {

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
      return InputError({},
                        "the hyphenation exception for \"" + ClipForMessage(word) + "\" is \"" +
                            ClipForMessage(pattern) + "\", which spells a different word",
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
                                                            const PatternSource& source) {
  Result<std::string> path = language::FindDictionary(language::DictionaryKind::kHyphenation,
                                                      language, source.dictionary_dir);
  if (!path.ok()) return path.take_error();
  return FromFile(*path, std::move(settings), source);
}

Result<std::unique_ptr<Hyphenator>> Hyphenator::FromFile(const std::string& path,
                                                         HyphenationSettings settings,
                                                         const PatternSource& source) {
  RealFileSystem real;
  Result<std::string> bytes = real.ReadFile(path);
  if (!bytes.ok()) return bytes.take_error();
  FileSystem& cache = source.cache_files != nullptr ? *source.cache_files : real;
  Result<HyphenDictPtr> dict = LoadCompiledPatterns(*bytes, path, cache, source.cache_dir);
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
