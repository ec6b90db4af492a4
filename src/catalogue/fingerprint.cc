#include "catalogue/fingerprint.h"

#include "io/confined_file_system.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace galley {
namespace {

namespace fs = std::filesystem;

Hash128 Mix(Hash128 hash, std::string_view bytes) {
  std::string length = std::to_string(bytes.size());
  hash = Fnv1a128(length, hash);
  hash = Fnv1a128(std::string_view("\0", 1), hash);
  return Fnv1a128(bytes, hash);
}

Result<std::vector<std::string>> FilesUnder(const fs::path& root) {
  std::error_code error;
  if (fs::is_regular_file(root, error)) return std::vector<std::string>{""};
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(root, fs::directory_options::follow_directory_symlink,
                                      error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error)) files.push_back(fs::relative(it->path(), root).string());
  }
  if (error) return IoError(root.string(), "cannot be listed: " + error.message());
  std::sort(files.begin(), files.end());
  return files;
}

Result<Hash128> HashFile(Hash128 hash, const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return IoError(file.string(), "cannot be read for its fingerprint");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return Mix(hash, bytes);
}

}  // namespace

Result<Hash128> TreeFingerprint(const std::vector<std::string>& paths,
                                const std::vector<std::string>& settings) {
  Hash128 hash;
  hash = Mix(Fnv1a128("galley fingerprint 1"), "");
  for (const std::string& setting : settings) hash = Mix(hash, setting);
  for (const std::string& path : paths) {
    Result<std::vector<std::string>> files = FilesUnder(path);
    if (!files.ok()) return files.take_error();
    hash = Mix(hash, fs::path(path).filename().string());
    for (const std::string& relative : *files) {
      hash = Mix(hash, relative);
      Result<Hash128> next = HashFile(hash, relative.empty() ? fs::path(path)
                                                             : fs::path(path) / relative);
      if (!next.ok()) return next.take_error();
      hash = *next;
    }
  }
  return hash;
}

Result<Hash128> TitleFingerprint(const TitleFolder& title, const Hash128& shared) {
  Result<Hash128> own = TreeFingerprint({title.dir});
  if (!own.ok()) return own.take_error();
  Hash128 hash = Mix(shared, FingerprintHex(*own));
  return Mix(hash, title.slug);
}

Hash128 WithFilesRead(const Hash128& fingerprint, std::string_view inputs_list,
                      const std::vector<std::string>& covered) {
  Hash128 hash = fingerprint;
  size_t start = 0;
  while (start < inputs_list.size()) {
    size_t end = inputs_list.find('\n', start);
    if (end == std::string_view::npos) end = inputs_list.size();
    std::string file(inputs_list.substr(start, end - start));
    start = end + 1;
    bool is_covered = std::any_of(covered.begin(), covered.end(), [&](const std::string& folder) {
      return IsWithin(file, folder);
    });
    if (file.empty() || is_covered) continue;
    hash = Mix(hash, file);
    Result<Hash128> next = HashFile(hash, file);
    hash = next.ok() ? *next : Mix(hash, "\0unreadable");
  }
  return hash;
}

std::string FingerprintHex(const Hash128& fingerprint) {
  char text[33];
  std::snprintf(text, sizeof text, "%016llx%016llx",
                static_cast<unsigned long long>(fingerprint.high),
                static_cast<unsigned long long>(fingerprint.low));
  return text;
}

}  // namespace galley
