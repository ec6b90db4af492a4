// `galley check`'s library entry point: reads an EPUB and runs every check on it.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "check/finding.h"
#include "io/file_system.h"

namespace galley::check {

struct CheckReport {
  std::vector<Finding> findings;  // empty: the book passes every check
};

// Checks the EPUB whose bytes are `bytes`; `name` is how messages name the file. Fails (rather
// than reporting findings) only when the bytes are not a ZIP archive at all.
Result<CheckReport> CheckEpubBytes(std::string bytes, const std::string& name);

// Reads `path` through `fs` and checks it; an unreadable file is an IoError.
Result<CheckReport> CheckEpubFile(const FileSystem& fs, const std::string& path);

}  // namespace galley::check
