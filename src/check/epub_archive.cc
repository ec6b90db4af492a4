#include "check/epub_archive.h"

#include <algorithm>
#include <memory>

#include "io/zip_library.h"

namespace galley::check {
namespace {

struct ZipCloser {
  const ZipLibrary* zip;
  void operator()(zip_t* archive) const { zip->zip_discard(archive); }
};
struct ZipFileCloser {
  const ZipLibrary* zip;
  void operator()(zip_file_t* file) const { zip->zip_fclose(file); }
};

// Reads one entry in pieces, never trusting the size the archive declares (a crafted archive
// may declare less than the entry inflates to): stops with *error at `limit` bytes.
std::string ReadEntry(const ZipLibrary& zip, zip_t* archive, zip_uint64_t index, zip_uint64_t limit,
                      std::string* error) {
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip.zip_fopen_index(archive, index, 0),
                                                  ZipFileCloser{&zip});
  if (!file) {
    *error = zip.zip_strerror(archive);
    return {};
  }
  std::string data;
  char piece[64 * 1024];
  for (;;) {
    zip_int64_t read = zip.zip_fread(file.get(), piece, sizeof piece);
    if (read < 0) {
      *error = zip.zip_file_strerror(file.get());
      return {};
    }
    if (read == 0) return data;
    if (data.size() + static_cast<zip_uint64_t>(read) > limit) {
      *error = "it inflates to more than " + std::to_string(limit >> 20) + " MiB";
      return {};
    }
    data.append(piece, static_cast<size_t>(read));
  }
}

// Why an entry is not read at all, from what the central directory says; empty if it is read.
std::string RefusalOf(const zip_stat_t& stat, zip_uint64_t total_read) {
  auto mib = [](zip_uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; };
  if (stat.size > kMaxEntrySize) {
    return "it would inflate to " + mib(stat.size) + ", over the limit of " + mib(kMaxEntrySize);
  }
  if (total_read + stat.size > kMaxArchiveSize) {
    return "with it the entries would inflate to more than " + mib(kMaxArchiveSize);
  }
  if (stat.size > kRatioFloor && stat.size / std::max<zip_uint64_t>(stat.comp_size, 1) > kMaxRatio) {
    return "it would inflate " + std::to_string(stat.size / std::max<zip_uint64_t>(stat.comp_size, 1)) +
           " times (" + mib(stat.size) + "), more than the " + std::to_string(kMaxRatio) +
           " times a book's files do";
  }
  return {};
}

}  // namespace

Result<EpubArchive> EpubArchive::Open(std::string bytes, std::string name) {
  EpubArchive result;
  result.name_ = std::move(name);
  result.bytes_ = std::move(bytes);

  Result<const ZipLibrary*> library = LoadZipLibrary();
  if (!library.ok()) return library.take_error();
  const ZipLibrary& zip = **library;
  zip_error_t error;
  zip.zip_error_init(&error);
  zip_source_t* source =
      zip.zip_source_buffer_create(result.bytes_.data(), result.bytes_.size(), 0, &error);
  // Not ZIP_CHECKCONS: it rejects archives whose local and central extra fields differ (as
  // Info-ZIP and libarchive write them), which reading systems open; the mimetype rules that
  // matter are checked on the raw local header instead.
  std::unique_ptr<zip_t, ZipCloser> archive(
      source ? zip.zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr, ZipCloser{&zip});
  if (!archive) {
    std::string reason = zip.zip_error_strerror(&error);
    zip.zip_error_fini(&error);
    if (source) zip.zip_source_free(source);
    return IoError(result.name_, "not a readable ZIP archive (" + reason + ")",
                   "an EPUB is a ZIP container; rebuild it with `galley epub`");
  }
  zip.zip_error_fini(&error);

  zip_int64_t count = zip.zip_get_num_entries(archive.get(), 0);
  zip_uint64_t total_read = 0;
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    if (zip.zip_stat_index(archive.get(), i, 0, &stat) != 0) continue;
    ArchiveEntry entry;
    entry.name = stat.name;
    entry.stored = stat.comp_method == ZIP_CM_STORE;
    entry.directory = !entry.name.empty() && entry.name.back() == '/';
    if (!entry.directory) {
      entry.read_error = RefusalOf(stat, total_read);
      std::string data;
      if (entry.read_error.empty()) {
        zip_uint64_t limit = std::min(kMaxEntrySize, kMaxArchiveSize - total_read);
        data = ReadEntry(zip, archive.get(), i, limit, &entry.read_error);
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
