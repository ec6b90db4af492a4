#include "check/epub_archive.h"

#include <algorithm>

#include "check/zip_reader.h"

namespace galley::check {
namespace {

// Why an entry is not read at all, from what the central directory says; empty if it is read.
std::string RefusalOf(const ZipEntryInfo& entry, uint64_t total_read) {
  auto mib = [](uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; };
  if (entry.size > kMaxEntrySize) {
    return "it would inflate to " + mib(entry.size) + ", over the limit of " + mib(kMaxEntrySize);
  }
  if (total_read + entry.size > kMaxArchiveSize) {
    return "with it the entries would inflate to more than " + mib(kMaxArchiveSize);
  }
  uint64_t ratio = entry.size / std::max<uint64_t>(entry.compressed_size, 1);
  if (entry.size > kRatioFloor && ratio > kMaxRatio) {
    return "it would inflate " + std::to_string(ratio) + " times (" + mib(entry.size) +
           "), more than the " + std::to_string(kMaxRatio) + " times a book's files do";
  }
  return {};
}

}  // namespace

Result<EpubArchive> EpubArchive::Open(std::string bytes, std::string name) {
  EpubArchive result;
  result.name_ = std::move(name);
  result.bytes_ = std::move(bytes);

  // Local and central extra fields may differ (Info-ZIP and libarchive write them so, and
  // reading systems open such files): each entry is read from its local header's data offset,
  // and the mimetype rules that matter are checked on the raw local header instead.
  std::vector<ZipEntryInfo> infos;
  std::string reason;
  if (!ReadZipDirectory(result.bytes_, &infos, &reason)) {
    return IoError(result.name_, "not a readable ZIP archive (" + reason + ")",
                   "an EPUB is a ZIP container; rebuild it with `galley epub`");
  }
  uint64_t total_read = 0;
  for (const ZipEntryInfo& info : infos) {
    ArchiveEntry entry;
    entry.name = info.name;
    entry.stored = info.method == 0;
    entry.directory = !entry.name.empty() && entry.name.back() == '/';
    if (!entry.directory) {
      entry.read_error = RefusalOf(info, total_read);
      std::string data;
      if (entry.read_error.empty()) {
        uint64_t limit = std::min(kMaxEntrySize, kMaxArchiveSize - total_read);
        data = ReadZipEntry(result.bytes_, info, limit, &entry.read_error);
      }
      total_read += data.size();
      if (entry.read_error.empty()) result.contents_.emplace(entry.name, std::move(data));
    }
    result.entries_.push_back(std::move(entry));
  }
  return result;
}

const std::string* EpubArchive::Find(const std::string& path) const {
  auto it = contents_.find(path);
  return it == contents_.end() ? nullptr : &it->second;
}

}  // namespace galley::check
