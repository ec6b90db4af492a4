// An EPUB's ZIP container, read with libzip (loaded when first needed, io/zip_library.h): the entries in central-directory order with their
// contents, and the raw bytes, so that checks can look at what libzip hides (the first local
// file header, whose layout the mimetype rule is about).
//
// A ZIP bomb is refused quickly instead of filling memory: an entry is read in pieces up to a
// size limit, whatever size the archive declares, and an entry whose declared size or
// compression ratio is beyond any book's is not inflated at all. Such an entry stays in
// entries() with a read_error, which the container check reports.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"

namespace galley::check {

// The limits. A book's largest files are images and fonts of a few MB, and its text
// compresses 3 to 10 times; deflate at most about 1,030 times, which only runs of one byte give.
inline constexpr uint64_t kMaxEntrySize = uint64_t{256} << 20;    // 256 MiB
inline constexpr uint64_t kMaxArchiveSize = uint64_t{1} << 30;    // 1 GiB, all entries together
inline constexpr uint64_t kMaxRatio = 100;                        // inflated / compressed
inline constexpr uint64_t kRatioFloor = uint64_t{1} << 20;        // smaller entries may exceed it

struct ArchiveEntry {
  std::string name;        // path inside the container, as stored
  bool stored = false;     // compression method 0 (no compression)
  bool directory = false;  // a name ending in '/'
  std::string read_error;  // non-empty when the entry's data could not be read
};

class EpubArchive {
 public:
  // Reads every entry of the ZIP archive in `bytes`. `name` is what messages call the file.
  // Fails only when `bytes` is not a ZIP archive libzip can open.
  static Result<EpubArchive> Open(std::string bytes, std::string name);

  const std::string& name() const { return name_; }
  const std::string& bytes() const { return bytes_; }
  const std::vector<ArchiveEntry>& entries() const { return entries_; }

  bool Contains(const std::string& path) const { return contents_.count(path) > 0; }
  // The entry's data, or nullptr when there is no such (readable) entry.
  const std::string* Find(const std::string& path) const;

 private:
  std::string name_;
  std::string bytes_;
  std::vector<ArchiveEntry> entries_;
  std::map<std::string, std::string> contents_;
};

}  // namespace galley::check
