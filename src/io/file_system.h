// File access behind an interface, so stages can be tested without touching the disk.
// Errors name the path and say what to do; nothing here prints or exits.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "base/result.h"

namespace galley {

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // The whole file's bytes.
  virtual Result<std::string> ReadFile(const std::string& path) const = 0;

  // Replaces `path` with `bytes` all at once: readers see the old file or the new one, never a
  // part. Fails, leaving any old file as it was, when the directory is missing or read-only.
  virtual Status WriteFileAtomically(const std::string& path, std::string_view bytes) = 0;

  virtual bool Exists(const std::string& path) const = 0;
};

class RealFileSystem : public FileSystem {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  Status WriteFileAtomically(const std::string& path, std::string_view bytes) override;
  bool Exists(const std::string& path) const override;
};

// Files held in a map; for tests.
class MemoryFileSystem : public FileSystem {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  Status WriteFileAtomically(const std::string& path, std::string_view bytes) override;
  bool Exists(const std::string& path) const override;

  void Add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::map<std::string, std::string> files_;
};

// Reads a text file and checks it is UTF-8 without NUL bytes; errors name line and column.
Result<std::string> ReadTextFile(const FileSystem& fs, const std::string& path);

}  // namespace galley
