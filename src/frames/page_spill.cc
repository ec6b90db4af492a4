#include "frames/page_spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "frames/item_codec.h"

namespace galley::frames {

namespace {

constexpr const char* kWhat = "the temporary file holding the finished pages";

// Where temporary files go: $TMPDIR, as every Unix tool takes it, else /tmp.
std::string TemporaryFolder() {
  const char* dir = std::getenv("TMPDIR");
  return dir != nullptr && *dir != '\0' ? dir : "/tmp";
}

Error SpillError(const std::string& doing, int error) {
  return IoError(kWhat, doing + ": " + std::strerror(error),
                 "the folder for temporary files (" + TemporaryFolder() +
                     ", TMPDIR names another) must exist, be writable and have room for about "
                     "the size of the layout record");
}

// An unnamed file in the temporary folder: O_TMPFILE where the file system has it, else a
// named one unlinked at once, so that a killed run leaves nothing either way.
int OpenAnonymousFile(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0 || (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)) return fd;
  std::string path = dir + "/galley-pages.XXXXXX";
  fd = ::mkostemp(path.data(), O_CLOEXEC);
  if (fd >= 0) ::unlink(path.c_str());
  return fd;
}

}  // namespace

PageSpill::PageSpill(std::FILE* file) : file_(file), fd_(fileno(file)) {}

PageSpill::~PageSpill() { std::fclose(file_); }

Result<std::unique_ptr<PageSpill>> PageSpill::Create() {
  int fd = OpenAnonymousFile(TemporaryFolder());
  if (fd < 0) return SpillError("cannot make it in " + TemporaryFolder(), errno);
  std::FILE* file = ::fdopen(fd, "w+b");
  if (file == nullptr) {
    int error = errno;
    ::close(fd);
    return SpillError("cannot open it", error);
  }
  return std::unique_ptr<PageSpill>(new PageSpill(file));
}

Status PageSpill::Put(size_t index, const std::vector<FrameItem>& items) {
  if (index >= extents_.size()) {
    extents_.resize(index + 1);
    met_.resize(index + 1);
  }
  if (extents_[index].put) {
    return InternalError("page " + std::to_string(index + 1) + " is spilled twice");
  }
  buffer_.clear();
  EncodeItems(items, &buffer_);
  for (size_t written = 0; written < buffer_.size();) {
    ssize_t n = ::pwrite(fd_, buffer_.data() + written, buffer_.size() - written,
                         static_cast<off_t>(end_ + written));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return SpillError("cannot write to it", n < 0 ? errno : ENOSPC);
    written += static_cast<size_t>(n);
  }
  extents_[index] = {end_, buffer_.size(), true};
  end_ += buffer_.size();
  met_[index] = ParagraphOrder::FirstMet(items);
  return Status::Ok();
}

void PageSpill::NumberParagraphsInPageOrder() {
  for (const std::vector<int>& paragraphs : met_) order_.Meet(paragraphs);
  std::vector<std::vector<int>>().swap(met_);
  numbered_ = true;
}

Result<std::vector<FrameItem>> PageSpill::Get(size_t index) const {
  std::string buffer;
  std::vector<FrameItem> items;
  GALLEY_RETURN_IF_ERROR(GetInto(index, &buffer, &items));
  return items;
}

Status PageSpill::GetInto(size_t index, std::string* buffer,
                          std::vector<FrameItem>* items) const {
  if (index >= extents_.size() || !extents_[index].put) {
    return InternalError("page " + std::to_string(index + 1) + " was never spilled");
  }
  const Extent& extent = extents_[index];
  // Grown, never shrunk: a page no longer than one before is read without clearing the buffer.
  if (buffer->size() < extent.size) buffer->resize(extent.size);
  for (size_t read = 0; read < extent.size;) {
    ssize_t n = ::pread(fd_, buffer->data() + read, extent.size - read,
                        static_cast<off_t>(extent.offset + read));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return SpillError("cannot read it back", n < 0 ? errno : EIO);
    read += static_cast<size_t>(n);
  }
  GALLEY_RETURN_IF_ERROR(
      DecodeItemsInto(std::string_view(buffer->data(), extent.size), items));
  if (numbered_) order_.Renumber(items);
  return Status::Ok();
}

}  // namespace galley::frames
