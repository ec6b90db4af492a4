#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "base/utf8.h"
#include "io/file_system.h"
#include "io/output_target.h"

namespace galley {

namespace {

std::string Reason() { return std::strerror(errno); }

// Writes all of `bytes` to `fd`, retrying short writes.
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

// "-": through stdio's stdout, so that anything the command printed before stays in order.
Status WriteStandardOutput(std::string_view bytes) {
  bool written = std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size() &&
                 std::fflush(stdout) == 0;
  if (!written) {
    return IoError("-", "standard output cannot be written: " + Reason(),
                   "check what standard output is connected to");
  }
  return Status::Ok();
}

// A device, FIFO or socket that exists: opened and written to, never replaced (a rename would
// put a regular file where /dev/full was). Nothing is created.
Status WriteInPlace(const std::string& path, std::string_view bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    return IoError(path, "cannot be opened for writing: " + Reason(),
                   "check that it is writable");
  }
  bool written = WriteAll(fd, bytes);
  std::string reason = written ? "" : Reason();
  if (::close(fd) != 0 && written) {
    written = false;
    reason = Reason();
  }
  if (!written) return IoError(path, "cannot be written: " + reason);
  return Status::Ok();
}

// A regular file, or a new one: written to a temporary beside it, then renamed over it.
Status ReplaceFile(const std::string& path, std::string_view bytes) {
  std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return IoError(path, "cannot be written: the directory " + dir.string() + " does not exist",
                   "create it first (mkdir -p " + dir.string() + ") or choose another path");
  }
  // The temporary sits in the same directory so that rename() is atomic (same file system).
  std::string hidden_name = ".";
  hidden_name += target.filename().string();
  hidden_name += ".XXXXXX";
  std::string temp = (dir / hidden_name).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    return IoError(path, "cannot be written: " + Reason(),
                   "check that " + dir.string() + " is writable");
  }
  bool written = WriteAll(fd, bytes) && ::fsync(fd) == 0;
  std::string reason = written ? "" : Reason();
  // mkstemp creates 0600; give the output the usual permissions for a user file.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (::close(fd) != 0 && written) {
    written = false;
    reason = Reason();
  }
  if (!written || ::rename(temp.c_str(), path.c_str()) != 0) {
    if (reason.empty()) reason = Reason();
    ::unlink(temp.c_str());
    return IoError(path, "cannot be written: " + reason, "the previous file, if any, is untouched");
  }
  return Status::Ok();
}

}  // namespace

Status RealFileSystem::WriteFileAtomically(const std::string& path, std::string_view bytes) {
  switch (ClassifyOutput(path)) {
    case OutputKind::kStandardOutput:
      return WriteStandardOutput(bytes);
    case OutputKind::kStream:
      return WriteInPlace(path, bytes);
    case OutputKind::kDirectory:
      return IoError(path, "is a directory, not a file",
                     "give the path of a file, e.g. " + path + "/book.pdf");
    case OutputKind::kFile:
      break;
  }
  return ReplaceFile(path, bytes);
}

Result<std::string> RealFileSystem::ReadFile(const std::string& path) const {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return IoError(path, "is a directory, not a file", "give the path of a file");
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return IoError(path, "cannot be read: " + Reason(), "check that the file exists and is readable");
  }
  // Sized from fstat, plus one byte so the read that meets end of file needs no new buffer: a
  // font (several hundred KB) is one read into one string. Reading goes on to end of file all
  // the same, since /proc files and pipes report no size.
  struct stat info {};
  size_t capacity =
      ::fstat(fd, &info) == 0 && info.st_size > 0 ? static_cast<size_t>(info.st_size) + 1 : 65536;
  std::string bytes(capacity, '\0');
  size_t used = 0;
  for (;;) {
    if (used == bytes.size()) bytes.resize(bytes.size() * 2);
    ssize_t got = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      std::string reason = Reason();
      ::close(fd);
      return IoError(path, "reading failed: " + reason);
    }
    used += static_cast<size_t>(got);
  }
  bytes.resize(used);
  ::close(fd);
  return bytes;
}

bool RealFileSystem::Exists(const std::string& path) const {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

Result<std::string> ReadTextFile(const FileSystem& fs, const std::string& path) {
  Result<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) return bytes;
  GALLEY_RETURN_IF_ERROR(ValidateText(*bytes, path));
  return bytes;
}

}  // namespace galley
