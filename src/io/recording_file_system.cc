#include "io/recording_file_system.h"

#include <filesystem>
#include <system_error>

namespace galley {

std::string AbsoluteNormalPath(const std::string& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  if (error) absolute = path;
  return absolute.lexically_normal().generic_string();
}

Result<std::string> RecordingFileSystem::ReadFile(const std::string& path) const {
  Result<std::string> bytes = inner().ReadFile(path);
  if (bytes.ok()) files_read_.insert(AbsoluteNormalPath(path));
  return bytes;
}

std::string RecordingFileSystem::FilesReadList() const {
  std::string list;
  for (const std::string& file : files_read_) list += file + "\n";
  return list;
}

}  // namespace galley
