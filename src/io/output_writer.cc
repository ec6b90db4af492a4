#include "io/output_writer.h"

#include <sys/mman.h>

#include <cerrno>
#include <cstring>

#include "io/temporary_files.h"

namespace galley {

namespace {

// Cairo hands over a PDF a few bytes at a time: they are written to the file in pieces of this
// size, so that a book costs thousands of write calls, not millions.
constexpr size_t kBufferSize = 1 << 20;

}  // namespace

OutputWriter::~OutputWriter() { Unmap(); }

Status OutputWriter::Write(std::string_view bytes) {
  Unmap();
  size_ += bytes.size();
  if (staged_.written_at_commit) {
    staged_.bytes.append(bytes);
    return Status::Ok();
  }
  if (staged_.temporary.fd < 0) {
    return InternalError("the output " + staged_.target + " is written after it was finished");
  }
  buffer_.append(bytes);
  if (buffer_.size() >= kBufferSize) return Flush();
  return Status::Ok();
}

Status OutputWriter::Flush() {
  if (buffer_.empty() || staged_.temporary.fd < 0) return Status::Ok();
  if (!WriteAll(staged_.temporary.fd, buffer_)) {
    std::string reason = std::strerror(errno);
    RemoveTemporary(staged_.temporary);
    return IoError(staged_.target, "cannot be written: " + reason,
                   "the previous file, if any, is untouched");
  }
  buffer_.clear();
  return Status::Ok();
}

Result<std::string_view> OutputWriter::Written() {
  if (staged_.written_at_commit) return std::string_view(staged_.bytes);
  GALLEY_RETURN_IF_ERROR(Flush());
  if (size_ == 0) return std::string_view();
  if (mapped_ == nullptr) {
    void* mapped = ::mmap(nullptr, size_, PROT_READ, MAP_SHARED, staged_.temporary.fd, 0);
    if (mapped == MAP_FAILED) {
      return IoError(staged_.target,
                     std::string("cannot be read back while it is written: ") +
                         std::strerror(errno));
    }
    mapped_ = mapped;
    mapped_size_ = size_;
  }
  return std::string_view(static_cast<const char*>(mapped_), mapped_size_);
}

Status OutputWriter::Finish() {
  Unmap();
  GALLEY_RETURN_IF_ERROR(Flush());
  std::string().swap(buffer_);
  return FinishTemporary(staged_.temporary);
}

void OutputWriter::Unmap() {
  if (mapped_ == nullptr) return;
  ::munmap(mapped_, mapped_size_);
  mapped_ = nullptr;
  mapped_size_ = 0;
}

}  // namespace galley
