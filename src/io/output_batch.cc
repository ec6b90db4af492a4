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
  staged_.push_back(std::move(staged).value());
  return Status::Ok();
}

Status OutputBatch::Commit() {
  // Streams first: their writes can fail, and then no file has been replaced yet.
  std::stable_partition(staged_.begin(), staged_.end(),
                        [](const StagedOutput& s) { return s.written_at_commit; });
  for (StagedOutput& staged : staged_) {
    Status committed = fs_.Commit(staged);
    if (!committed.ok()) {
      DiscardAll();
      return committed;
    }
  }
  staged_.clear();
  return Status::Ok();
}

void OutputBatch::DiscardAll() {
  for (StagedOutput& staged : staged_) fs_.Discard(staged);
  staged_.clear();
}

}  // namespace galley
