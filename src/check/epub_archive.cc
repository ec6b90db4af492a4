#include "check/epub_archive.h"

#include <zip.h>

#include <memory>

namespace galley::check {
namespace {

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// Reads one entry whole; on failure returns libzip's reason in *error.
std::string ReadEntry(zip_t* archive, zip_uint64_t index, zip_uint64_t size, std::string* error) {
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive, index, 0));
  if (!file) {
    *error = zip_strerror(archive);
    return {};
  }
  std::string data(size, '\0');
  zip_int64_t read = zip_fread(file.get(), data.data(), size);
  if (read < 0 || static_cast<zip_uint64_t>(read) != size) {
    *error = zip_file_strerror(file.get());
    return {};
  }
  return data;
}

}  // namespace

Result<EpubArchive> EpubArchive::Open(std::string bytes, std::string name) {
  EpubArchive result;
  result.name_ = std::move(name);
  result.bytes_ = std::move(bytes);

  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source =
      zip_source_buffer_create(result.bytes_.data(), result.bytes_.size(), 0, &error);
  // Not ZIP_CHECKCONS: it rejects archives whose local and central extra fields differ (as
  // Info-ZIP and libarchive write them), which reading systems open; the mimetype rules that
  // matter are checked on the raw local header instead.
  std::unique_ptr<zip_t, ZipCloser> archive(
      source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr);
  if (!archive) {
    std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    if (source) zip_source_free(source);
    return IoError(result.name_, "not a readable ZIP archive (" + reason + ")",
                   "an EPUB is a ZIP container; rebuild it with `galley epub`");
  }
  zip_error_fini(&error);

  zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive.get(), i, 0, &stat) != 0) continue;
    ArchiveEntry entry;
    entry.name = stat.name;
    entry.stored = stat.comp_method == ZIP_CM_STORE;
    entry.directory = !entry.name.empty() && entry.name.back() == '/';
    if (!entry.directory) {
      std::string data = ReadEntry(archive.get(), i, stat.size, &entry.read_error);
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
