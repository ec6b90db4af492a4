#include "io/temporary_files.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>

namespace galley {
namespace {

constexpr std::string_view kPrefix = ".galley-tmp.";
// Longest part of the target's name kept in the temporary's, so that prefix and suffix still
// fit in a file name (NAME_MAX is 255 bytes).
constexpr size_t kNameBytesKept = 200;

std::string Reason() { return std::strerror(errno); }

std::string FolderOf(const std::string& target) {
  std::filesystem::path folder = std::filesystem::path(target).parent_path();
  return folder.empty() ? "." : folder.string();
}

std::string TemplateBeside(const std::string& target) {
  std::string name = std::filesystem::path(target).filename().string().substr(0, kNameBytesKept);
  return (std::filesystem::path(FolderOf(target)) /
          (std::string(kPrefix) + name + ".XXXXXX")).string();
}

// mkstemp creates 0600; an output gets what any file the user makes gets.
void GiveUsualPermissions(int fd) {
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
}

}  // namespace

bool IsTemporaryName(std::string_view file_name) {
  // The prefix, some name, a dot and mkstemp's six characters.
  return file_name.starts_with(kPrefix) && file_name.size() > kPrefix.size() + 7 &&
         file_name[file_name.size() - 7] == '.';
}

Result<TemporaryFile> OpenTemporaryBeside(const std::string& target) {
  std::string folder = FolderOf(target);
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    return IoError(target, "cannot be written: the directory " + folder + " does not exist",
                   "create it first (mkdir -p " + folder + ") or choose another path");
  }
  RemoveStaleTemporaries(folder);
  TemporaryFile temporary;
  temporary.target = target;
  temporary.path = TemplateBeside(target);
  {
    SignalsBlocked blocked;  // created and registered as one step
    temporary.fd = ::mkstemp(temporary.path.data());
    if (temporary.fd >= 0) temporary.slot = RegisterTemporary(temporary.path.c_str());
  }
  if (temporary.fd < 0) {
    return IoError(target, "cannot be written: " + Reason(),
                   "check that " + folder + " is writable");
  }
  return temporary;
}

Status FinishTemporary(TemporaryFile& temporary) {
  if (temporary.fd < 0) return Status::Ok();
  bool written = ::fsync(temporary.fd) == 0;
  std::string reason = written ? "" : Reason();
  GiveUsualPermissions(temporary.fd);
  if (::close(temporary.fd) != 0 && written) {
    written = false;
    reason = Reason();
  }
  temporary.fd = -1;
  if (!written) {
    RemoveTemporary(temporary);
    return IoError(temporary.target, "cannot be written: " + reason,
                   "the previous file, if any, is untouched");
  }
  return Status::Ok();
}

Result<TemporaryFile> WriteTemporaryBeside(const std::string& target, std::string_view bytes) {
  Result<TemporaryFile> temporary = OpenTemporaryBeside(target);
  if (!temporary.ok()) return temporary.take_error();
  if (!WriteAll(temporary->fd, bytes)) {
    std::string reason = Reason();
    RemoveTemporary(*temporary);
    return IoError(target, "cannot be written: " + reason,
                   "the previous file, if any, is untouched");
  }
  GALLEY_RETURN_IF_ERROR(FinishTemporary(*temporary));
  return temporary;
}

Status MoveIntoPlace(TemporaryFile& temporary) {
  int renamed;
  std::string reason;
  {
    SignalsBlocked blocked;  // renamed and forgotten as one step
    renamed = ::rename(temporary.path.c_str(), temporary.target.c_str());
    if (renamed != 0) reason = Reason();
    if (renamed == 0) UnregisterTemporary(temporary.slot);
  }
  if (renamed != 0) {
    RemoveTemporary(temporary);
    return IoError(temporary.target, "cannot be written: " + reason,
                   "the previous file, if any, is untouched");
  }
  temporary.slot = -1;
  temporary.path.clear();
  return Status::Ok();
}

void RemoveTemporary(TemporaryFile& temporary) {
  if (temporary.fd >= 0) ::close(temporary.fd);
  temporary.fd = -1;
  if (temporary.path.empty()) return;
  SignalsBlocked blocked;
  ::unlink(temporary.path.c_str());
  UnregisterTemporary(temporary.slot);
  temporary.slot = -1;
  temporary.path.clear();
}

int RemoveStaleTemporaries(const std::string& folder, std::chrono::seconds age) {
  DIR* dir = ::opendir(folder.c_str());
  if (dir == nullptr) return 0;
  std::time_t now = std::time(nullptr);
  int removed = 0;
  while (const dirent* entry = ::readdir(dir)) {
    if (!IsTemporaryName(entry->d_name)) continue;
    struct stat info {};
    // Not followed: a link with a temporary's name is removed as a link, never its target.
    if (::fstatat(::dirfd(dir), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0) continue;
    if (!S_ISREG(info.st_mode) && !S_ISLNK(info.st_mode)) continue;
    if (now - info.st_mtime < age.count()) continue;
    if (::unlinkat(::dirfd(dir), entry->d_name, 0) == 0) ++removed;
  }
  ::closedir(dir);
  return removed;
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

}  // namespace galley
