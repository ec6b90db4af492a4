// libzip, opened when a command first needs it. galley pdf, clean and dump never touch a ZIP
// archive, and linking libzip made every galley process load it and libcrypto, which it pulls
// in: three quarters of the dynamic loader's symbol lookups before main (bench/README.md,
// "Start-up"). The EPUB writer (epub/zip_container.h) and the archive reader of galley check
// and galley proof (check/epub_archive.h) call libzip through this table instead, which dlopen
// fills on first use, once per process.
#pragma once

#include <zip.h>

#include "base/result.h"

namespace galley {

// The libzip functions Galley calls.
#define GALLEY_ZIP_FUNCTIONS(X)                                                              \
  X(zip_close) X(zip_discard) X(zip_error_fini) X(zip_error_init) X(zip_error_strerror)      \
  X(zip_fclose) X(zip_file_add) X(zip_file_set_dostime) X(zip_file_set_external_attributes)  \
  X(zip_file_strerror) X(zip_fopen_index) X(zip_fread) X(zip_get_error)                      \
  X(zip_get_num_entries) X(zip_open_from_source) X(zip_set_file_compression)                 \
  X(zip_source_buffer) X(zip_source_buffer_create) X(zip_source_close) X(zip_source_error)   \
  X(zip_source_free) X(zip_source_keep) X(zip_source_open) X(zip_source_read)                \
  X(zip_source_stat) X(zip_stat_index) X(zip_stat_init) X(zip_strerror)

// Each member has its function's name and type: `zip->zip_close(archive)`.
struct ZipLibrary {
#define GALLEY_ZIP_MEMBER(name) decltype(&::name) name = nullptr;
  GALLEY_ZIP_FUNCTIONS(GALLEY_ZIP_MEMBER)
#undef GALLEY_ZIP_MEMBER
};

// The library, loaded on the first call (thread-safe); every later call returns the same
// table, or the same error when it could not be loaded (naming the file and the package).
Result<const ZipLibrary*> LoadZipLibrary();

}  // namespace galley
