#include "io/confined_file_system.h"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

namespace galley {
namespace {

namespace fs = std::filesystem;

std::string Written(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  return (ec ? fs::path(path) : absolute).lexically_normal().string();
}

// Resolves every link; empty when the file or folder is not there.
std::string Resolved(const std::string& path) {
  std::error_code ec;
  fs::path resolved = fs::canonical(path, ec);
  return ec ? std::string() : resolved.string();
}

bool IsLink(const std::string& path) {
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0 && S_ISLNK(info.st_mode);
}

// The first link on the way from `folder` down to `path` (both written), or `path` itself.
std::string FirstLinkBelow(const std::string& folder, const std::string& path) {
  fs::path walked = folder;
  for (const fs::path& part : fs::path(path).lexically_relative(folder)) {
    walked /= part;
    if (IsLink(walked.string())) return walked.string();
  }
  return path;
}

}  // namespace

bool IsWithin(const std::string& path, const std::string& folder) {
  if (folder.empty()) return false;
  if (path == folder) return true;
  std::string prefix = folder.back() == '/' ? folder : folder + "/";
  return path.starts_with(prefix);
}

void InputFolders::Add(const std::string& folder) {
  std::string written = Written(folder);
  for (const std::string& known : written_) {
    if (known == written) return;
  }
  written_.push_back(written);
  resolved_.push_back(Resolved(folder));
}

bool InputFolders::HoldsWritten(const std::string& absolute_path) const {
  for (const std::string& folder : written_) {
    if (IsWithin(absolute_path, folder)) return true;
  }
  return false;
}

bool InputFolders::HoldsResolved(const std::string& resolved_path) const {
  for (const std::string& folder : resolved_) {
    if (IsWithin(resolved_path, folder)) return true;
  }
  return false;
}

bool InputFolders::HoldsFile(const std::string& path) const {
  std::string resolved = Resolved(path);
  return !resolved.empty() && HoldsResolved(resolved);
}

Status InputFolders::Check(const std::string& path) const {
  std::string written = Written(path);
  if (!HoldsWritten(written)) return Status::Ok();  // a path the user chose, as written
  std::string resolved = Resolved(path);
  if (resolved.empty() || HoldsResolved(resolved)) return Status::Ok();  // missing: read says so
  std::string folder;
  for (const std::string& candidate : written_) {
    if (IsWithin(written, candidate) && candidate.size() > folder.size()) folder = candidate;
  }
  std::string link = FirstLinkBelow(folder, written);
  return IoError(path,
                 "is a symbolic link, or inside one: " + link + " leads to " + resolved +
                     ", outside " + folder + " and Galley's own templates and fonts",
                 "copy the file into the folder instead of linking to it, or run with "
                 "--allow-outside if it is meant to be read from there");
}

std::vector<std::string> SystemFontFolders() {
  std::vector<std::string> candidates = {"/usr/share/fonts", "/usr/local/share/fonts"};
  const char* data_home = std::getenv("XDG_DATA_HOME");
  const char* home = std::getenv("HOME");
  if (data_home != nullptr && *data_home == '/') {
    candidates.push_back(std::string(data_home) + "/fonts");
  }
  if (home != nullptr && *home == '/') {
    candidates.push_back(std::string(home) + "/.local/share/fonts");
    candidates.push_back(std::string(home) + "/.fonts");  // fontconfig's older default
  }
  std::vector<std::string> folders;
  for (const std::string& candidate : candidates) {
    std::error_code ec;
    if (fs::is_directory(candidate, ec)) folders.push_back(candidate);
  }
  return folders;
}

Result<std::string> ConfinedFileSystem::ReadFile(const std::string& path) const {
  if (!folders_.empty()) GALLEY_RETURN_IF_ERROR(folders_.Check(path));
  return inner().ReadFile(path);
}

}  // namespace galley
