#include "clean/spell_checker.h"

#include <hunspell/hunspell.hxx>

#include <filesystem>

#include "language/dictionaries.h"

namespace galley {

Result<SpellChecker> SpellChecker::Open(const std::string& directory,
                                        std::string_view language) {
  Result<std::string> dic = language::FindDictionary(language::DictionaryKind::kSpelling,
                                                     language, directory);
  if (!dic.ok()) return dic.take_error();
  std::string base = dic->substr(0, dic->size() - 4);  // without ".dic"
  std::error_code ec;
  if (!std::filesystem::is_regular_file(base + ".aff", ec)) {
    return IoError(base + ".aff", "the hunspell dictionary " + *dic + " has no affix file beside it",
                   "reinstall the package that installed " + *dic);
  }
  auto hunspell = std::make_unique<Hunspell>((base + ".aff").c_str(), dic->c_str());
  return SpellChecker(std::move(hunspell), *dic);
}

SpellChecker::SpellChecker(std::unique_ptr<Hunspell> hunspell, std::string dic_path)
    : hunspell_(std::move(hunspell)), dic_path_(std::move(dic_path)) {}
SpellChecker::SpellChecker(SpellChecker&&) noexcept = default;
SpellChecker& SpellChecker::operator=(SpellChecker&&) noexcept = default;
SpellChecker::~SpellChecker() = default;

bool SpellChecker::Knows(std::string_view word) const {
  auto cached = known_.find(word);
  if (cached != known_.end()) return cached->second;
  std::string key(word);
  bool knows = hunspell_->spell(key);
  known_.emplace(std::move(key), knows);
  return knows;
}

}  // namespace galley
