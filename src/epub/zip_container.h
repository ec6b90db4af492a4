// The EPUB container: a ZIP archive built in memory (EPUB 3.3 §4.2, "OCF ZIP container";
// PKWARE APPNOTE 6.3), written here with zlib's deflate. Its first entry is `mimetype`, stored
// uncompressed and without an extra field, so that the bytes "application/epub+zip" stand at
// offset 38 for tools that sniff the type.
//
// The archive is deterministic: entries are written in the order they were added, none has an
// extra field, and every entry carries the same time, the book's date at noon. The layout is
// the one libzip 1.7 wrote, which Galley used before (byte for byte the same EPUBs): version
// made by Unix 6.3, mode 0644, no data descriptors, raw deflate at memory level 9. libzip is
// no longer linked: with libcrypto, which it pulls in, it was half the symbol lookups of every
// galley process's start (bench/README.md, "Start-up").
#pragma once

#include <string>
#include <vector>

#include "base/result.h"

namespace galley::epub {

struct ZipDate {
  int year = 1980;  // 1980–2107: what an MS-DOS date can hold
  int month = 1;
  int day = 1;
};

// How an entry is stored. Fonts take kFast: on this book's subset fonts deflate level 1 runs in
// half the time of level 6 for entries under 4 % larger, while markup gains 12 % from level 6.
enum class ZipCompression { kStore, kFast, kDefault };

class ZipContainer {
 public:
  // `mimetype` is the archive's first entry: the container adds it.
  ZipContainer(std::string mimetype, ZipDate date);

  // kStore suits images and other already-compressed data.
  void Add(std::string path, std::string bytes,
           ZipCompression compression = ZipCompression::kDefault);

  // The archive's bytes. Fails only for an archive beyond what a ZIP without Zip64 holds
  // (an entry or the whole of 4 GiB or more, more than 65,535 entries).
  Result<std::string> Finish() const;

 private:
  struct Entry {
    std::string path;
    std::string bytes;
    ZipCompression compression;
  };
  std::vector<Entry> entries_;
  ZipDate date_;
};

}  // namespace galley::epub
