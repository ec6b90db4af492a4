#include "epub/zip_container.h"


#include <algorithm>
#include <cstdint>

#include "io/zip_library.h"

namespace galley::epub {

namespace {

// zlib's default level 6, not libzip's default of 9: on this book's fonts and text level 9
// takes about twice as long for under 1 % smaller entries.
constexpr zip_uint32_t kDefaultLevel = 6;
constexpr zip_uint32_t kFastLevel = 1;

// MS-DOS date and time fields (PKWARE APPNOTE 4.4.6): the date counts years from 1980, up to
// 2107. A date outside takes the nearest one inside, as a whole: 1961-12-31 becomes 1980-01-01
// (clamping the year alone gave 1980-12-31, later than the date it stood for).
uint16_t DosDate(const ZipDate& date) {
  ZipDate inside = date.year < 1980   ? ZipDate{1980, 1, 1}
                   : date.year > 2107 ? ZipDate{2107, 12, 31}
                                      : date;
  return static_cast<uint16_t>(((inside.year - 1980) << 9) | (inside.month << 5) | inside.day);
}

// Noon: see the header for why the time of day is fixed.
constexpr uint16_t kDosNoon = 12 << 11;

constexpr zip_uint32_t kRegularFileMode = 0100644;

Error ZipError(const ZipLibrary& zip, const std::string& what, zip_error_t* error) {
  return InternalError("libzip could not " + what + ": " + zip.zip_error_strerror(error));
}

// Reads the whole of an in-memory source that an archive has been written into.
Result<std::string> ReadSource(const ZipLibrary& zip, zip_source_t* source) {
  zip_stat_t stat;
  zip.zip_stat_init(&stat);
  if (zip.zip_source_stat(source, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
    return ZipError(zip, "measure the archive", zip.zip_source_error(source));
  }
  if (zip.zip_source_open(source) != 0) return ZipError(zip, "reopen the archive", zip.zip_source_error(source));
  std::string bytes(stat.size, '\0');
  zip_int64_t read = zip.zip_source_read(source, bytes.data(), stat.size);
  zip.zip_source_close(source);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    return ZipError(zip, "read the archive back", zip.zip_source_error(source));
  }
  return bytes;
}

}  // namespace

ZipContainer::ZipContainer(std::string mimetype, ZipDate date) : date_(date) {
  Add("mimetype", std::move(mimetype), ZipCompression::kStore);
}

void ZipContainer::Add(std::string path, std::string bytes, ZipCompression compression) {
  entries_.push_back({std::move(path), std::move(bytes), compression});
}

Result<std::string> ZipContainer::Finish() const {
  Result<const ZipLibrary*> library = LoadZipLibrary();
  if (!library.ok()) return library.take_error();
  const ZipLibrary& zip = **library;
  zip_error_t error;
  zip.zip_error_init(&error);
  zip_source_t* buffer = zip.zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) return ZipError(zip, "create a buffer", &error);
  zip_t* archive = zip.zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip.zip_source_free(buffer);
    return ZipError(zip, "open an archive in memory", &error);
  }
  zip.zip_source_keep(buffer);  // outlives zip_close(), which writes into it

  for (const Entry& entry : entries_) {
    zip_source_t* data = zip.zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
    zip_int64_t index = data ? zip.zip_file_add(archive, entry.path.c_str(), data, 0) : -1;
    if (index < 0) {
      if (data != nullptr) zip.zip_source_free(data);
      Error failure = ZipError(zip, "add " + entry.path, zip.zip_get_error(archive));
      zip.zip_discard(archive);
      zip.zip_source_free(buffer);
      return failure;
    }
    auto i = static_cast<zip_uint64_t>(index);
    if (entry.compression == ZipCompression::kStore) {
      zip.zip_set_file_compression(archive, i, ZIP_CM_STORE, 0);
    } else {
      bool fast = entry.compression == ZipCompression::kFast;
      zip.zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, fast ? kFastLevel : kDefaultLevel);
    }
    zip.zip_file_set_dostime(archive, i, kDosNoon, DosDate(date_), 0);
    // A plain readable file when unzipped (Unix mode 0644 in the high half, APPNOTE 4.4.15),
    // rather than libzip's default of 0666.
    zip.zip_file_set_external_attributes(archive, i, 0, ZIP_OPSYS_UNIX, kRegularFileMode << 16);
  }
  if (zip.zip_close(archive) != 0) {
    Error failure = ZipError(zip, "write the archive", zip.zip_get_error(archive));
    zip.zip_discard(archive);
    zip.zip_source_free(buffer);
    return failure;
  }
  Result<std::string> bytes = ReadSource(zip, buffer);
  zip.zip_source_free(buffer);
  return bytes;
}

}  // namespace galley::epub
