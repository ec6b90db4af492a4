#include "io/output_batch.h"

#include <algorithm>

namespace galley {

OutputBatch::~OutputBatch() { DiscardAll(); }

Status OutputBatch::Add(const std::string& path, std::string_view bytes) {
  Result<StagedOutput> staged = fs_.Stage(path, bytes);
  if (!staged.ok()) {
    DiscardAll();
    return staged.take_error();
  }
  staged_.push_back(std::make_unique<OutputWriter>(std::move(staged).value()));
  return Status::Ok();
}

Result<OutputWriter*> OutputBatch::Open(const std::string& path) {
  Result<StagedOutput> staged = fs_.Open(path);
  if (!staged.ok()) {
    DiscardAll();
    return staged.take_error();
  }
  staged_.push_back(std::make_unique<OutputWriter>(std::move(staged).value()));
  return staged_.back().get();
}

Status OutputBatch::Commit() {
  // Every file whole and durable before any is put in place.
  for (std::unique_ptr<OutputWriter>& writer : staged_) {
    Status finished = writer->Finish();
    if (!finished.ok()) {
      DiscardAll();
      return finished;
    }
  }
  // Streams first: their writes can fail, and then no file has been replaced yet.
  std::stable_partition(staged_.begin(), staged_.end(),
                        [](const std::unique_ptr<OutputWriter>& writer) {
                          return writer->staged().written_at_commit;
                        });
  for (std::unique_ptr<OutputWriter>& writer : staged_) {
    Status committed = fs_.Commit(writer->staged());
    if (!committed.ok()) {
      DiscardAll();
      return committed;
    }
  }
  staged_.clear();
  return Status::Ok();
}

void OutputBatch::DiscardAll() {
  for (std::unique_ptr<OutputWriter>& writer : staged_) fs_.Discard(writer->staged());
  staged_.clear();
}

}  // namespace galley
