// What an output path names, decided before anything is written. Most outputs are files,
// replaced all at once; but `-o -` means standard output, and a path that already exists as a
// device (/dev/null, /dev/full), a FIFO or a socket must be written to as it is: renaming a
// temporary over it would replace the device node with a regular file.
#pragma once

#include <string>

namespace galley {

enum class OutputKind {
  kFile,            // a regular file, or nothing yet: written beside and renamed over
  kStandardOutput,  // "-"
  kStream,          // an existing device, FIFO or socket: opened and written to in place
  kDirectory,       // an error: an output must be a file
};

// Follows symbolic links: /dev/stdout is a stream when standard output is a pipe or terminal.
OutputKind ClassifyOutput(const std::string& path);

// Whether things that belong beside an output (a layout record, a cache folder) have a place:
// only a file output lives in a folder of the user's.
inline bool HasFolderBeside(const std::string& path) {
  return ClassifyOutput(path) == OutputKind::kFile;
}

// How messages name an output: "standard output" for "-", else the path.
std::string DescribeOutput(const std::string& path);

}  // namespace galley
