// libzip loaded at run time: every function Galley calls is found, once per process, and
// works (an archive written through the table reads back).
#include "io/zip_library.h"

#include <gtest/gtest.h>

#include <string>

namespace galley {
namespace {

TEST(ZipLibraryTest, FindsEveryFunctionOnce) {
  Result<const ZipLibrary*> library = LoadZipLibrary();
  ASSERT_TRUE(library.ok()) << library.error().ToString();
#define GALLEY_ZIP_FOUND(name) EXPECT_NE((*library)->name, nullptr) << #name;
  GALLEY_ZIP_FUNCTIONS(GALLEY_ZIP_FOUND)
#undef GALLEY_ZIP_FOUND
  Result<const ZipLibrary*> again = LoadZipLibrary();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *library);
}

TEST(ZipLibraryTest, WritesAnArchiveThatReadsBack) {
  Result<const ZipLibrary*> library = LoadZipLibrary();
  ASSERT_TRUE(library.ok()) << library.error().ToString();
  const ZipLibrary& zip = **library;
  zip_error_t error;
  zip.zip_error_init(&error);
  zip_source_t* buffer = zip.zip_source_buffer_create(nullptr, 0, 0, &error);
  ASSERT_NE(buffer, nullptr);
  zip_t* archive = zip.zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  ASSERT_NE(archive, nullptr);
  zip.zip_source_keep(buffer);
  const std::string text = "mimetype first";
  zip_source_t* data = zip.zip_source_buffer(archive, text.data(), text.size(), 0);
  ASSERT_GE(zip.zip_file_add(archive, "a.txt", data, 0), 0);
  ASSERT_EQ(zip.zip_close(archive), 0);

  zip_t* read = zip.zip_open_from_source(buffer, ZIP_RDONLY, &error);
  ASSERT_NE(read, nullptr);
  EXPECT_EQ(zip.zip_get_num_entries(read, 0), 1);
  zip_file_t* file = zip.zip_fopen_index(read, 0, 0);
  ASSERT_NE(file, nullptr);
  char bytes[64];
  zip_int64_t size = zip.zip_fread(file, bytes, sizeof bytes);
  EXPECT_EQ(std::string(bytes, size > 0 ? size : 0), text);
  zip.zip_fclose(file);
  zip.zip_discard(read);
  zip.zip_error_fini(&error);
}

}  // namespace
}  // namespace galley
