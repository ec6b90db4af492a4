// An output written piece by piece as it is made — a long book's PDF and layout record — rather
// than whole from memory: a book of 18,000 pages would otherwise hold both files in memory
// before writing a byte. The bytes are gathered in a small buffer and go to the output's staging
// place (FileSystem::Open): the temporary beside a file, or memory for a stream (standard
// output, a device), which has nothing to stage in. The writer never puts the output in place;
// its OutputBatch does, with the batch's other outputs, or discards it (output_batch.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"
#include "io/file_system.h"

namespace galley {

class OutputWriter {
 public:
  explicit OutputWriter(StagedOutput staged) : staged_(std::move(staged)) {}
  ~OutputWriter();
  OutputWriter(const OutputWriter&) = delete;
  OutputWriter& operator=(const OutputWriter&) = delete;

  // Appends `bytes`. Errors (no space left, …) name the target.
  Status Write(std::string_view bytes);

  // Every byte written so far, valid until the next Write or Finish: for a file, the temporary
  // mapped into memory (the kernel's page cache, not a copy), so that a stage can read back
  // what it wrote — the PDF's incremental update reads Cairo's cross-reference table.
  Result<std::string_view> Written();

  size_t size() const { return size_; }
  const std::string& target() const { return staged_.target; }

  // Writes what is buffered, makes a temporary durable and closes it: after this the output
  // can only be put in place or discarded. Errors name the target and remove the temporary.
  Status Finish();

  StagedOutput& staged() { return staged_; }

 private:
  Status Flush();
  void Unmap();

  StagedOutput staged_;
  std::string buffer_;  // bytes not yet written to the temporary
  size_t size_ = 0;     // bytes written, buffered ones included
  void* mapped_ = nullptr;
  size_t mapped_size_ = 0;
};

}  // namespace galley
