// Compiled hyphenation patterns kept between runs, by the content of the dictionary file.
//
// An entry is <directory>/patterns-<128-bit hash of the file's bytes>.bin holding the hash again,
// a checksum of what follows and libhyphen's machine (compiled_patterns.h). A dictionary that
// changes gets a new name, so nothing is ever stale by date; an entry that does not check out
// whole (truncated, altered, written by another format version, or for other bytes under this
// name) is ignored, compiled anew and replaced. Entries are written with
// FileSystem::WriteFileAtomically (temporary file, then rename), so a reader never sees half of
// one; a cache that cannot be written only costs the compile time.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "hyphen/compiled_patterns.h"
#include "io/file_system.h"

namespace galley::hyphen {

struct PatternCacheStats {
  bool hit = false;      // read from the cache
  bool written = false;  // compiled and written to the cache
};

// The machine for the dictionary file `path` whose bytes are `bytes`, through the cache in
// `directory` of `fs` (an empty directory: no cache). Errors: the dictionary's own
// (PatternTextAsUtf8, CompilePatterns), never the cache's.
Result<HyphenDictPtr> LoadCompiledPatterns(std::string_view bytes, const std::string& path,
                                           FileSystem& fs, const std::string& directory,
                                           PatternCacheStats* stats = nullptr);

// The cache entry's file for dictionary bytes `bytes` in `directory`.
std::string PatternCacheEntry(std::string_view bytes, const std::string& directory);

}  // namespace galley::hyphen
