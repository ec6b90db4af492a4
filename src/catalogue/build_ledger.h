// What the last catalogue build made, kept beside the books in OUT/.galley-catalogue/: one file per
// title holding its fingerprint, written only after both books and the layout record were
// written, and each title's log. A title is unchanged when its fingerprint matches and its
// books are still there.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "base/stable_hash.h"

namespace galley {

class BuildLedger {
 public:
  explicit BuildLedger(std::string output_dir);

  // OUT/<slug>.epub, .pdf and .lines.txt: what a title's build makes.
  std::vector<std::string> Books(const std::string& slug) const;
  bool Unchanged(const std::string& slug, const Hash128& fingerprint) const;
  Status Record(const std::string& slug, const Hash128& fingerprint) const;
  // Forgets a title (before it is built, so a failed build is never taken for a good one).
  void Forget(const std::string& slug) const;
  // OUT/.galley-catalogue/<slug>.inputs: the files the title's last build read, one a line
  // (catalogue/fingerprint.h, WithFilesRead); "" when there is none.
  std::string InputsPath(const std::string& slug) const;
  std::string FilesRead(const std::string& slug) const;
  // OUT/.galley-catalogue/<slug>.log: the title's messages; creates the folder.
  Result<std::string> LogPath(const std::string& slug) const;

 private:
  std::string EntryPath(const std::string& slug) const;
  std::string output_dir_;
  std::string ledger_dir_;
};

}  // namespace galley
