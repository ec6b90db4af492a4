#include "io/output_target.h"

#include <sys/stat.h>

namespace galley {

OutputKind ClassifyOutput(const std::string& path) {
  if (path == "-") return OutputKind::kStandardOutput;
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return OutputKind::kFile;  // not there yet
  if (S_ISDIR(info.st_mode)) return OutputKind::kDirectory;
  if (S_ISREG(info.st_mode)) return OutputKind::kFile;
  return OutputKind::kStream;
}

std::string DescribeOutput(const std::string& path) {
  return path == "-" ? "standard output" : path;
}

}  // namespace galley
