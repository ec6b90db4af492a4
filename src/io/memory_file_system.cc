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

Status MemoryFileSystem::WriteFileAtomically(const std::string& path, std::string_view bytes) {
  files_[path] = std::string(bytes);
  return Status::Ok();
}

bool MemoryFileSystem::Exists(const std::string& path) const { return files_.count(path) > 0; }

}  // namespace galley
