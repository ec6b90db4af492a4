// File access behind an interface, so stages can be tested without touching the disk.
// Errors name the path and say what to do; nothing here prints or exits.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "base/result.h"
#include "io/temporary_files.h"

namespace galley {

// An output written but not yet in place (FileSystem::Stage). A file's bytes wait in a
// temporary beside it; bytes for a stream (standard output, a device, a FIFO) or for a file
// system in memory wait here, to be written when committed.
struct StagedOutput {
  std::string target;
  TemporaryFile temporary;
  std::string bytes;
  bool written_at_commit = false;  // bytes, not a temporary
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // The whole file's bytes.
  virtual Result<std::string> ReadFile(const std::string& path) const = 0;

  // Replaces `path` with `bytes` all at once: readers see the old file or the new one, never a
  // part. Fails, leaving any old file as it was, when the directory is missing or read-only.
  Status WriteFileAtomically(const std::string& path, std::string_view bytes);

  // The two halves of WriteFileAtomically, for outputs that go in place together
  // (output_batch.h). Stage does everything that can fail for want of space or permission;
  // Commit puts the staged bytes in place; Discard forgets them, leaving the target as it was.
  virtual Result<StagedOutput> Stage(const std::string& path, std::string_view bytes) = 0;
  virtual Status Commit(StagedOutput& staged) = 0;
  virtual void Discard(StagedOutput& staged) = 0;
  // Stage for an output written piece by piece (output_writer.h): a file's temporary is
  // created empty and left open; a stream's bytes will be gathered in `bytes`.
  virtual Result<StagedOutput> Open(const std::string& path) = 0;

  virtual bool Exists(const std::string& path) const = 0;
};

class RealFileSystem : public FileSystem {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  Result<StagedOutput> Stage(const std::string& path, std::string_view bytes) override;
  Result<StagedOutput> Open(const std::string& path) override;
  Status Commit(StagedOutput& staged) override;
  void Discard(StagedOutput& staged) override;
  bool Exists(const std::string& path) const override;
};

// Files held in a map; for tests.
class MemoryFileSystem : public FileSystem {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  Result<StagedOutput> Stage(const std::string& path, std::string_view bytes) override;
  Result<StagedOutput> Open(const std::string& path) override;
  Status Commit(StagedOutput& staged) override;
  void Discard(StagedOutput& staged) override;
  bool Exists(const std::string& path) const override;

  void Add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::map<std::string, std::string> files_;
};

// Reads a text file and checks it is UTF-8 without NUL bytes; errors name line and column.
Result<std::string> ReadTextFile(const FileSystem& fs, const std::string& path);

}  // namespace galley
