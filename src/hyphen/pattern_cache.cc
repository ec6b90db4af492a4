#include "hyphen/pattern_cache.h"

#include <cstdio>
#include <cstring>
#include <filesystem>

#include "base/stable_hash.h"
#include "hyphen/pattern_text.h"

namespace galley::hyphen {

namespace {

// Header: the dictionary's hash (16 bytes), then the payload's (16 bytes). Both WordHash128,
// eight bytes at a time: byte-serial FNV-1a over the dictionary (twice) and the half-megabyte
// payload was 1 % of a pamphlet's PDF, on every run.
constexpr size_t kHeaderSize = 32;

std::string HashBytes(const Hash128& hash) {
  std::string out(16, '\0');
  std::memcpy(out.data(), &hash.high, 8);
  std::memcpy(out.data() + 8, &hash.low, 8);
  return out;
}

std::string HexName(const Hash128& hash) {
  char name[40];
  std::snprintf(name, sizeof name, "%016llx%016llx", static_cast<unsigned long long>(hash.high),
                static_cast<unsigned long long>(hash.low));
  return name;
}

std::optional<HyphenDictPtr> ReadEntry(const FileSystem& fs, const std::string& file,
                                       const Hash128& hash) {
  if (!fs.Exists(file)) return std::nullopt;
  Result<std::string> bytes = fs.ReadFile(file);
  if (!bytes.ok() || bytes->size() < kHeaderSize) return std::nullopt;
  std::string_view entry(*bytes);
  if (entry.substr(0, 16) != HashBytes(hash)) return std::nullopt;
  std::string_view payload = entry.substr(kHeaderSize);
  if (entry.substr(16, 16) != HashBytes(WordHash128(payload))) return std::nullopt;
  return DeserializePatterns(payload);
}

void WriteEntry(FileSystem& fs, const std::string& directory, const std::string& file,
                const Hash128& hash, const _HyphenDict& dict, PatternCacheStats* stats) {
  std::error_code ignored;  // a cache that cannot be made costs time, nothing else
  std::filesystem::create_directories(directory, ignored);
  std::string payload = SerializePatterns(dict);
  std::string entry = HashBytes(hash) + HashBytes(WordHash128(payload));
  entry += payload;
  if (fs.WriteFileAtomically(file, entry).ok() && stats != nullptr) stats->written = true;
}

std::string EntryFile(const Hash128& hash, const std::string& directory) {
  return (std::filesystem::path(directory) / ("patterns-" + HexName(hash) + ".bin")).string();
}

}  // namespace

std::string PatternCacheEntry(std::string_view bytes, const std::string& directory) {
  return EntryFile(WordHash128(bytes), directory);
}

Result<HyphenDictPtr> LoadCompiledPatterns(std::string_view bytes, const std::string& path,
                                           FileSystem& fs, const std::string& directory,
                                           PatternCacheStats* stats) {
  Hash128 hash = WordHash128(bytes);
  std::string file = directory.empty() ? "" : EntryFile(hash, directory);
  if (!file.empty()) {
    std::optional<HyphenDictPtr> cached = ReadEntry(fs, file, hash);
    if (cached) {
      if (stats != nullptr) stats->hit = true;
      return std::move(*cached);
    }
  }
  Result<std::string> text = PatternTextAsUtf8(bytes, path);
  if (!text.ok()) return text.take_error();
  Result<HyphenDictPtr> dict = CompilePatterns(*text, path);
  if (!dict.ok()) return dict.take_error();
  if (!file.empty()) WriteEntry(fs, directory, file, hash, **dict, stats);
  return dict;
}

}  // namespace galley::hyphen
