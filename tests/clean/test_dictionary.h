// The en-US hunspell dictionary the clean tests run against. Missing, it fails the test that
// needs it (never a skip): the dictionary is a dependency of `galley clean`.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>

#include "clean/spell_checker.h"

namespace galley {

inline const SpellChecker& EnglishDictionary() {
  static const std::optional<SpellChecker> dictionary = [] {
    Result<SpellChecker> opened = SpellChecker::Open("/usr/share/hunspell", "en-US");
    if (!opened.ok()) {
      ADD_FAILURE() << opened.error().ToString();
      return std::optional<SpellChecker>();
    }
    return std::optional<SpellChecker>(std::move(*opened));
  }();
  if (!dictionary) {
    // Stop this test: every rule below needs the dictionary.
    throw std::runtime_error(
        "the hunspell en-US dictionary is missing (apt-get install hunspell-en-us)");
  }
  return *dictionary;
}

}  // namespace galley
