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
#include "io/temporary_files.h"

namespace galley {

namespace {

std::string Reason() { return std::strerror(errno); }

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

}  // namespace

// A regular file, or a new one: its bytes go to a temporary beside it (temporary_files.h), renamed
// over it at commit. A stream has nothing to replace: its bytes are written to it at commit.
Result<StagedOutput> RealFileSystem::Stage(const std::string& path, std::string_view bytes) {
  Result<StagedOutput> staged = Open(path);
  if (!staged.ok()) return staged;
  if (staged->written_at_commit) {
    staged->bytes = std::string(bytes);
    return staged;
  }
  if (!WriteAll(staged->temporary.fd, bytes)) {
    std::string reason = Reason();
    RemoveTemporary(staged->temporary);
    return IoError(path, "cannot be written: " + reason, "the previous file, if any, is untouched");
  }
  GALLEY_RETURN_IF_ERROR(FinishTemporary(staged->temporary));
  return staged;
}

Result<StagedOutput> RealFileSystem::Open(const std::string& path) {
  StagedOutput staged;
  staged.target = path;
  switch (ClassifyOutput(path)) {
    case OutputKind::kDirectory:
      return IoError(path, "is a directory, not a file",
                     "give the path of a file, e.g. " + path + "/book.pdf");
    case OutputKind::kStandardOutput:
    case OutputKind::kStream:
      staged.written_at_commit = true;
      return staged;
    case OutputKind::kFile:
      break;
  }
  Result<TemporaryFile> temporary = OpenTemporaryBeside(path);
  if (!temporary.ok()) return temporary.take_error();
  staged.temporary = std::move(temporary).value();
  return staged;
}

Status RealFileSystem::Commit(StagedOutput& staged) {
  if (!staged.written_at_commit) return MoveIntoPlace(staged.temporary);
  staged.written_at_commit = false;
  std::string bytes = std::move(staged.bytes);
  staged.bytes.clear();
  return staged.target == "-" ? WriteStandardOutput(bytes) : WriteInPlace(staged.target, bytes);
}

void RealFileSystem::Discard(StagedOutput& staged) {
  RemoveTemporary(staged.temporary);
  staged.bytes.clear();
  staged.written_at_commit = false;
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

}  // namespace galley
