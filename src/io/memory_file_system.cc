#include "io/file_system.h"

namespace galley {

Result<std::string> MemoryFileSystem::ReadFile(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    return IoError(path, "cannot be read: No such file or directory",
                   "check that the file exists and is readable");
  }
  return it->second;
}

Result<StagedOutput> MemoryFileSystem::Stage(const std::string& path, std::string_view bytes) {
  StagedOutput staged;
  staged.target = path;
  staged.bytes = std::string(bytes);
  staged.written_at_commit = true;
  return staged;
}

Result<StagedOutput> MemoryFileSystem::Open(const std::string& path) { return Stage(path, {}); }

Status MemoryFileSystem::Commit(StagedOutput& staged) {
  files_[staged.target] = std::move(staged.bytes);
  staged.bytes.clear();
  staged.written_at_commit = false;
  return Status::Ok();
}

void MemoryFileSystem::Discard(StagedOutput& staged) {
  staged.bytes.clear();
  staged.written_at_commit = false;
}

bool MemoryFileSystem::Exists(const std::string& path) const { return files_.count(path) > 0; }

}  // namespace galley
