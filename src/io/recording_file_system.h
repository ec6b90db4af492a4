// Remembers which files a run read, as a compiler's depfile does, so a catalogue build can tell
// that a title must be built again because a file outside its folder changed: a house template
// its print.template extends, a font that template names (docs/scale-out.md).
#pragma once

#include <set>
#include <string>

#include "io/forwarding_file_system.h"

namespace galley {

// A FileSystem that passes everything to `inner` and notes each file read successfully.
class RecordingFileSystem : public ForwardingFileSystem {
 public:
  explicit RecordingFileSystem(FileSystem& inner) : ForwardingFileSystem(inner) {}

  Result<std::string> ReadFile(const std::string& path) const override;

  // The files read so far: absolute, lexically normal paths in byte order.
  const std::set<std::string>& files_read() const { return files_read_; }

  // files_read(), one a line: the form `galley build --inputs-list` writes.
  std::string FilesReadList() const;

 private:
  mutable std::set<std::string> files_read_;  // a read is logically const; the record is not
};

// `path` made absolute against the working directory and lexically normal ("a/../b" is "b").
std::string AbsoluteNormalPath(const std::string& path);

}  // namespace galley
