#include "clean/spell_checker.h"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <filesystem>

namespace galley {

Result<SpellChecker> SpellChecker::Open(const std::string& directory,
                                        std::string_view language) {
  std::string name(language);
  std::replace(name.begin(), name.end(), '-', '_');
  std::string base = directory + "/" + name;
  std::string package = "hunspell-" + std::string(language);
  std::transform(package.begin(), package.end(), package.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const std::string& path : {base + ".aff", base + ".dic"}) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      return IoError(path, "the hunspell dictionary for " + std::string(language) +
                               " is missing",
                     "install it (apt-get install " + package + ")");
    }
  }
  auto hunspell = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
  return SpellChecker(std::move(hunspell), base + ".dic");
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
