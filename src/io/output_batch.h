// Outputs that go in place together or not at all: `galley build` writes an EPUB, a PDF and a
// layout record, and a bad template must not leave a new EPUB beside an old PDF, nor a failed
// record beside a new PDF. Every output is staged first (for a file, written whole to a
// temporary beside it: everything that can fail for want of space or permission happens here);
// only when all are staged (an output written piece by piece, finished: output_writer.h) are
// they put in place, streams first (a write to /dev/full can fail)
// and then files by rename, which does not fail for those reasons. Whatever is not committed
// when the batch goes out of scope — an error returned early, an exception — is discarded.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "io/file_system.h"
#include "io/output_writer.h"

namespace galley {

class OutputBatch {
 public:
  explicit OutputBatch(FileSystem& fs) : fs_(fs) {}
  ~OutputBatch();
  OutputBatch(const OutputBatch&) = delete;
  OutputBatch& operator=(const OutputBatch&) = delete;

  // Stages `bytes` for `path`. On error nothing of this batch will be written.
  Status Add(const std::string& path, std::string_view bytes);

  // Stages `path` to be written piece by piece (a long book's PDF and record, output_writer.h).
  // The writer belongs to the batch and lives until Commit or the batch's end; its errors, like
  // Add's, mean nothing of this batch will be written (the caller returns them, and the batch
  // discards everything when it goes out of scope).
  Result<OutputWriter*> Open(const std::string& path);

  // Puts every staged output in place. Only a rename refused after others succeeded (the
  // folder made read-only meanwhile) can leave part of the batch in place; the error says so.
  Status Commit();

 private:
  void DiscardAll();

  FileSystem& fs_;
  std::vector<std::unique_ptr<OutputWriter>> staged_;  // Add's finished, Open's being written
};

}  // namespace galley
