#include "io/file_system.h"

#include "base/utf8.h"

namespace galley {

Status FileSystem::WriteFileAtomically(const std::string& path, std::string_view bytes) {
  Result<StagedOutput> staged = Stage(path, bytes);
  if (!staged.ok()) return staged.take_error();
  return Commit(*staged);
}

Result<std::string> ReadTextFile(const FileSystem& fs, const std::string& path) {
  Result<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) return bytes;
  GALLEY_RETURN_IF_ERROR(ValidateText(*bytes, path));
  return bytes;
}

}  // namespace galley
