#include "epub/content_cache.h"

#include <cinttypes>
#include <cstdio>

#include "base/stable_hash.h"

namespace galley::epub {

namespace {

// Every entry starts with this line: "galley-cache 1 <checksum> <size>\n".
constexpr const char* kMagic = "galley-cache 1 ";

std::string Hex(uint64_t value) {
  char text[17];
  std::snprintf(text, sizeof text, "%016" PRIx64, value);
  return text;
}

std::string Header(std::string_view payload) {
  return std::string(kMagic) + Hex(Fnv1a64(payload)) + " " + std::to_string(payload.size()) + "\n";
}

}  // namespace

ContentCache::ContentCache(FileSystem* fs, std::string dir) : fs_(fs), dir_(std::move(dir)) {
  if (!dir_.empty() && dir_.back() != '/') dir_.push_back('/');
}

std::string ContentCache::Key(std::initializer_list<std::string_view> parts) {
  // WordHash128, not FNV-1a: the keys hash whole font files on every build, and reading eight
  // bytes at a time took the EPUB pamphlet's font keys from 5.8 to about 0.6 million
  // instructions. Changing the hash only turns old entries into misses.
  Hash128 hash = WordHash128({});
  for (std::string_view part : parts) {
    // Each part is prefixed with its length, so ("ab", "c") and ("a", "bc") differ.
    hash = WordHash128(part, WordHash128(std::to_string(part.size()) + ":", hash));
  }
  return Hex(hash.high) + Hex(hash.low);
}

std::string ContentCache::FileKey(const std::string& path, std::string_view bytes) {
  auto [it, inserted] = file_keys_.emplace(path, std::string());
  if (inserted) it->second = Key({bytes});
  return it->second;
}

std::string ContentCache::PathOf(const std::string& key, const std::string& extension) const {
  return dir_ + key + "." + extension;
}

std::optional<std::string> ContentCache::Get(const std::string& key,
                                             const std::string& extension) const {
  if (dir_.empty()) return std::nullopt;
  std::string path = PathOf(key, extension);
  if (!fs_->Exists(path)) return std::nullopt;
  Result<std::string> entry = fs_->ReadFile(path);
  if (!entry.ok()) return std::nullopt;
  size_t newline = entry->find('\n');
  if (newline == std::string::npos) return std::nullopt;
  std::string payload = entry->substr(newline + 1);
  if (entry->compare(0, newline + 1, Header(payload)) != 0) return std::nullopt;
  return payload;
}

void ContentCache::Put(const std::string& key, const std::string& extension,
                       std::string_view bytes) {
  if (dir_.empty()) return;
  std::string entry = Header(bytes);
  entry.append(bytes);
  (void)fs_->WriteFileAtomically(PathOf(key, extension), entry);
}

}  // namespace galley::epub
