// The titles of the gallery: every folder in content/, by slug, in name order. Tests that hold
// for every book (the dump and layout-record goldens, clean reproducing the committed
// manuscript) run once per title, so that a title added to content/ is tested without a new
// test file.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

#include "support/test_paths.h"

namespace galley::testing {

inline std::vector<std::string> TitleSlugs() {
  std::vector<std::string> slugs;
  std::error_code error;
  for (const auto& entry :
       std::filesystem::directory_iterator(SourceDir() + "/content", error)) {
    if (entry.is_directory()) slugs.push_back(entry.path().filename().string());
  }
  std::sort(slugs.begin(), slugs.end());
  return slugs;
}

// gtest names may not hold '-': kronstadt-21 → kronstadt_21.
inline std::string TestNameOf(const std::string& slug) {
  std::string name = slug;
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

}  // namespace galley::testing
