// What the PDF and template harnesses share: one font library for the whole process (Cairo
// caches faces by their FT_Face, as tests/render/render_fixture.h explains), and compiled
// hyphenation patterns read from galley's own cache.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "fonts/font_library.h"
#include "io/file_system.h"
#include "layout/pages/typeset_book.h"

namespace galley::fuzz {

inline fonts::FontLibrary& FuzzFontLibrary() {
  static fonts::FontLibrary* library = [] {
    Result<std::unique_ptr<fonts::FontLibrary>> created = fonts::FontLibrary::Create();
    if (!created.ok()) {
      std::fprintf(stderr, "%s\n", created.error().ToString().c_str());
      std::abort();
    }
    return created->release();
  }();
  return *library;
}

// Where `galley` keeps compiled patterns (src/cli/command.h, CacheDirectory): the normal
// suite's book tests have compiled the titles' languages there before scripts/sanitize.sh runs
// the fuzzers, so that German's patterns (seconds to compile, a minute under ASan) are read,
// not compiled, in a 20-second smoke run.
inline std::string PatternCacheDirectory() {
  auto set = [](const char* name) {
    const char* value = std::getenv(name);
    return std::string(value != nullptr ? value : "");
  };
  if (std::string dir = set("GALLEY_CACHE_DIR"); !dir.empty()) return dir;
  if (std::string dir = set("XDG_CACHE_HOME"); !dir.empty()) return dir + "/galley";
  if (std::string dir = set("HOME"); !dir.empty()) return dir + "/.cache/galley";
  return "";
}

// Typesetting options with a date (so a manuscript without one still typesets) and galley's
// pattern cache.
inline layout::TypesetOptions FuzzTypesetOptions() {
  static const std::string cache_dir = PatternCacheDirectory();
  layout::TypesetOptions options;
  options.source_date_epoch = 0;
  options.patterns.cache_dir = cache_dir;
  return options;
}

// Aborts with the error's text: for the harness's own set-up, which must not fail.
template <typename T>
T Required(Result<T> result) {
  if (!result.ok()) {
    std::fprintf(stderr, "fuzz set-up failed: %s\n", result.error().ToString().c_str());
    std::abort();
  }
  return std::move(result).value();
}

}  // namespace galley::fuzz
