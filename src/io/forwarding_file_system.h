// A FileSystem that passes every call to another: the base of the decorators that watch or
// check reads (confined_file_system.h, recording_file_system.h), so that an operation added to
// FileSystem is forwarded here once rather than by each of them.
#pragma once

#include <string>
#include <string_view>

#include "io/file_system.h"

namespace galley {

class ForwardingFileSystem : public FileSystem {
 public:
  explicit ForwardingFileSystem(FileSystem& inner) : inner_(inner) {}

  Result<std::string> ReadFile(const std::string& path) const override {
    return inner_.ReadFile(path);
  }
  Result<StagedOutput> Stage(const std::string& path, std::string_view bytes) override {
    return inner_.Stage(path, bytes);
  }
  Result<StagedOutput> Open(const std::string& path) override { return inner_.Open(path); }
  Status Commit(StagedOutput& staged) override { return inner_.Commit(staged); }
  void Discard(StagedOutput& staged) override { inner_.Discard(staged); }
  bool Exists(const std::string& path) const override { return inner_.Exists(path); }

 protected:
  FileSystem& inner() const { return inner_; }

 private:
  FileSystem& inner_;
};

}  // namespace galley
