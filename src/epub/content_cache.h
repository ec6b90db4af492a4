// A cache of slow results (font subsets, the rendered cover) keyed by a hash of everything
// they are made from, in a directory the caller chooses (the command line uses
// out/.galley-cache/). It only saves time: a missing, unwritable or damaged cache makes the
// writer compute the result again, and the book comes out byte-identical either way. Each entry
// carries a checksum of its bytes, so a damaged file reads as a miss.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "io/file_system.h"

namespace galley::epub {

class ContentCache {
 public:
  // An empty `dir` disables the cache.
  ContentCache(FileSystem* fs, std::string dir);

  // A 128-bit key, as hex, from the parts (each part counts, and so does where it ends).
  static std::string Key(std::initializer_list<std::string_view> parts);

  bool enabled() const { return !dir_.empty(); }

  // A key part standing for the file `path` whose bytes are `bytes`: their hash, computed once
  // per cache object (a build hashes each font once, though the cover and the subsets use it).
  std::string FileKey(const std::string& path, std::string_view bytes);

  std::optional<std::string> Get(const std::string& key, const std::string& extension) const;
  // Best effort: a failure to write is ignored (the next build computes the result again).
  void Put(const std::string& key, const std::string& extension, std::string_view bytes);

 private:
  std::string PathOf(const std::string& key, const std::string& extension) const;

  FileSystem* fs_;
  std::string dir_;
  std::map<std::string, std::string> file_keys_;
};

}  // namespace galley::epub
