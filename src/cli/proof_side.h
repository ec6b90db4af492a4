// What each side of `galley proof BEFORE AFTER` is, told from the file itself: a title (a folder
// holding manuscript.md, or a manuscript .md), an EPUB (a ZIP archive), or a layout record
// (text). A folder that is not a title, or a binary file that is not an EPUB (a PDF given
// instead of its record), is an error that names the file and says what to give instead.
#pragma once

#include <string>

#include "cli/command.h"

namespace galley::cli {

enum class ProofSideKind { kRecord, kTitle, kEpub };

struct ProofSide {
  std::string path;  // as given
  ProofSideKind kind = ProofSideKind::kRecord;
  std::string bytes;  // an EPUB's bytes, read once here; empty for the other kinds
};

Result<ProofSide> ClassifyProofSide(const FileSystem& fs, const std::string& path);

}  // namespace galley::cli
