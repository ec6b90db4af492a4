// Inputs stay inside the folders they belong to. A title's files (source.ocr.txt, corrections,
// structure, words, metadata, manuscript, print.template) and what its template names are read
// from the title folder or from Galley's shipped templates/ and fonts/; a symbolic link in the
// title that leads elsewhere (source.ocr.txt → /etc/passwd) would publish whatever it points to,
// so it is refused unless the user says --allow-outside. Fontconfig's font folders are allowed
// too: a font linked from /usr/share/fonts is an installed font, not a secret.
//
// The rule is about links, not about paths the user chose: a file whose path, as written, lies
// outside every allowed folder (a cover given with --cover, the EPUB cache beside the output, a
// template given with --template) is read as asked. Only a path that looks inside an allowed
// folder but resolves outside all of them is refused, naming the link it passes through.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "io/file_system.h"
#include "io/forwarding_file_system.h"

namespace galley {

// Folders inputs may come from, each kept as written (absolute) and as resolved.
class InputFolders {
 public:
  void Add(const std::string& folder);
  bool empty() const { return written_.empty(); }

  // Whether `path`, written or resolved, lies in one of the folders.
  bool HoldsWritten(const std::string& absolute_path) const;
  bool HoldsResolved(const std::string& resolved_path) const;
  // Whether the file `path` names, every link resolved, lies in one of the folders.
  bool HoldsFile(const std::string& path) const;

  // An error naming the link when `path` looks inside a folder but resolves outside all.
  Status Check(const std::string& path) const;

 private:
  std::vector<std::string> written_;
  std::vector<std::string> resolved_;
};

// Fontconfig's font folders that exist: /usr/share/fonts, /usr/local/share/fonts and
// ~/.local/share/fonts (with $XDG_DATA_HOME when set), resolved.
std::vector<std::string> SystemFontFolders();

// Whether `path` lies in `folder` (both absolute, lexically normal); `folder` itself counts.
bool IsWithin(const std::string& path, const std::string& folder);

// A FileSystem whose reads are checked against InputFolders once confined; writes and Exists go
// through unchanged. Unconfined it is the inner file system.
class ConfinedFileSystem : public ForwardingFileSystem {
 public:
  explicit ConfinedFileSystem(FileSystem& inner) : ForwardingFileSystem(inner) {}

  // Allows `folder` and starts checking reads.
  void Allow(const std::string& folder) { folders_.Add(folder); }
  const InputFolders& folders() const { return folders_; }

  Result<std::string> ReadFile(const std::string& path) const override;

 private:
  InputFolders folders_;
};

}  // namespace galley
