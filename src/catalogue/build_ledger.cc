#include "catalogue/build_ledger.h"

#include <filesystem>
#include <system_error>

#include "catalogue/fingerprint.h"
#include "io/file_system.h"

namespace galley {

namespace fs = std::filesystem;

BuildLedger::BuildLedger(std::string output_dir)
    : output_dir_(std::move(output_dir)), ledger_dir_((fs::path(output_dir_) / ".galley-catalogue").string()) {}

std::vector<std::string> BuildLedger::Books(const std::string& slug) const {
  std::vector<std::string> books;
  for (const char* extension : {".epub", ".pdf", ".lines.txt"}) {
    books.push_back((fs::path(output_dir_) / (slug + extension)).string());
  }
  return books;
}

std::string BuildLedger::EntryPath(const std::string& slug) const {
  return (fs::path(ledger_dir_) / (slug + ".fingerprint")).string();
}

bool BuildLedger::Unchanged(const std::string& slug, const Hash128& fingerprint) const {
  RealFileSystem disk;
  Result<std::string> recorded = disk.ReadFile(EntryPath(slug));
  if (!recorded.ok() || *recorded != FingerprintHex(fingerprint) + "\n") return false;
  for (const std::string& book : Books(slug)) {
    if (!disk.Exists(book)) return false;
  }
  return true;
}

Status BuildLedger::Record(const std::string& slug, const Hash128& fingerprint) const {
  std::error_code error;
  fs::create_directories(ledger_dir_, error);
  if (error) return IoError(ledger_dir_, "cannot be made: " + error.message());
  RealFileSystem disk;
  return disk.WriteFileAtomically(EntryPath(slug), FingerprintHex(fingerprint) + "\n");
}

void BuildLedger::Forget(const std::string& slug) const {
  std::error_code ignored;
  fs::remove(EntryPath(slug), ignored);
}

std::string BuildLedger::InputsPath(const std::string& slug) const {
  return (fs::path(ledger_dir_) / (slug + ".inputs")).string();
}

std::string BuildLedger::FilesRead(const std::string& slug) const {
  RealFileSystem disk;
  Result<std::string> list = disk.ReadFile(InputsPath(slug));
  return list.ok() ? *list : "";
}

Result<std::string> BuildLedger::LogPath(const std::string& slug) const {
  std::error_code error;
  fs::create_directories(ledger_dir_, error);
  if (error) return IoError(ledger_dir_, "cannot be made: " + error.message());
  return (fs::path(ledger_dir_) / (slug + ".log")).string();
}

}  // namespace galley
