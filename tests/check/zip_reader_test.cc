// Galley's ZIP reader against archives made by libzip (an independent writer) and by hand: the
// entries and their data, and every way a damaged or hostile archive is refused without reading
// outside its bytes.
#include "check/zip_reader.h"

#include <gtest/gtest.h>
#include <zip.h>
#include <zlib.h>

#include <string>
#include <vector>

namespace galley::check {
namespace {

// An archive written by libzip: (name, data, stored) in order.
std::string LibzipArchive(const std::vector<std::tuple<std::string, std::string, bool>>& files,
                          const std::string& comment = "") {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  zip_source_keep(buffer);
  for (const auto& [name, data, stored] : files) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    zip_int64_t index = zip_file_add(archive, name.c_str(), source, 0);
    zip_set_file_compression(archive, index, stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
  }
  if (!comment.empty()) zip_set_archive_comment(archive, comment.data(), comment.size());
  zip_close(archive);
  zip_stat_t stat;
  zip_source_stat(buffer, &stat);
  zip_source_open(buffer);
  std::string bytes(stat.size, '\0');
  zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

std::string Text(size_t size) {
  std::string text;
  while (text.size() < size) text += "Kronstadt was the vanguard of the revolution. ";
  return text.substr(0, size);
}

std::vector<ZipEntryInfo> Directory(const std::string& bytes) {
  std::vector<ZipEntryInfo> entries;
  std::string error;
  EXPECT_TRUE(ReadZipDirectory(bytes, &entries, &error)) << error;
  return entries;
}

TEST(ZipReaderTest, ReadsWhatLibzipWrote) {
  std::string bytes = LibzipArchive({{"mimetype", "application/epub+zip", true},
                                     {"EPUB/a.xhtml", Text(5000), false},
                                     {"EPUB/empty.css", "", false},
                                     {"EPUB/images/", "", true}});
  std::vector<ZipEntryInfo> entries = Directory(bytes);
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[0].name, "mimetype");
  EXPECT_EQ(entries[0].method, 0);
  EXPECT_EQ(entries[1].name, "EPUB/a.xhtml");
  EXPECT_EQ(entries[1].method, 8);
  EXPECT_LT(entries[1].compressed_size, 5000u);
  std::string error;
  EXPECT_EQ(ReadZipEntry(bytes, entries[0], 1 << 20, &error), "application/epub+zip");
  EXPECT_EQ(ReadZipEntry(bytes, entries[1], 1 << 20, &error), Text(5000));
  EXPECT_EQ(ReadZipEntry(bytes, entries[2], 1 << 20, &error), "");
  EXPECT_EQ(error, "");
}

TEST(ZipReaderTest, FindsTheEndPastACommentThatLooksLikeOne) {
  std::string comment = std::string("PK\x05\x06", 4) + std::string(18, '\0') + " trailing";
  std::string bytes = LibzipArchive({{"a.txt", "hello", true}}, comment);
  std::vector<ZipEntryInfo> entries = Directory(bytes);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].name, "a.txt");
}

TEST(ZipReaderTest, RefusesWhatIsNotAnArchive) {
  std::vector<ZipEntryInfo> entries;
  std::string error;
  EXPECT_FALSE(ReadZipDirectory("", &entries, &error));
  EXPECT_FALSE(ReadZipDirectory("<html>not a zip</html>", &entries, &error));
  EXPECT_EQ(error, "no end of central directory record");
  std::string bytes = LibzipArchive({{"a.txt", Text(300), false}});
  // Cut into the central directory: its end record is gone.
  EXPECT_FALSE(ReadZipDirectory(bytes.substr(0, bytes.size() - 30), &entries, &error));
  // The end record pointing past the end of the file.
  std::string moved = bytes;
  moved[moved.size() - 6] = '\x7f';
  EXPECT_FALSE(ReadZipDirectory(moved, &entries, &error));
  EXPECT_EQ(error, "a central directory outside the archive");
}

TEST(ZipReaderTest, ADamagedEntryIsNamedNotRead) {
  std::string bytes = LibzipArchive({{"a.txt", Text(3000), false}, {"b.txt", "plain", true}});
  std::vector<ZipEntryInfo> entries = Directory(bytes);
  ASSERT_EQ(entries.size(), 2u);
  std::string error;

  ZipEntryInfo wrong_crc = entries[1];
  wrong_crc.crc ^= 1;
  EXPECT_EQ(ReadZipEntry(bytes, wrong_crc, 1 << 20, &error), "");
  EXPECT_EQ(error, "its CRC-32 does not match its data");

  error.clear();
  ZipEntryInfo wrong_size = entries[0];
  wrong_size.size -= 1;
  EXPECT_EQ(ReadZipEntry(bytes, wrong_size, 1 << 20, &error), "");
  EXPECT_NE(error.find("not the 2999 the archive declares"), std::string::npos) << error;

  error.clear();
  std::string damaged = bytes;
  size_t data = entries[0].local_header + 30 + 5;  // "a.txt", no extra field
  for (size_t i = 0; i < 8; ++i) damaged[data + i] = '\xff';
  EXPECT_EQ(ReadZipEntry(damaged, entries[0], 1 << 20, &error), "");
  EXPECT_NE(error.find("compressed data"), std::string::npos) << error;

  error.clear();
  ZipEntryInfo elsewhere = entries[1];
  elsewhere.local_header = bytes.size() - 10;
  EXPECT_EQ(ReadZipEntry(bytes, elsewhere, 1 << 20, &error), "");
  EXPECT_EQ(error, "its local file header is missing or damaged");

  error.clear();
  ZipEntryInfo too_long = entries[1];
  too_long.compressed_size = uint64_t{1} << 40;
  EXPECT_EQ(ReadZipEntry(bytes, too_long, 1 << 20, &error), "");
  EXPECT_EQ(error, "its data runs past the end of the archive");

  error.clear();
  ZipEntryInfo encrypted = entries[1];
  encrypted.flags |= 1;
  EXPECT_EQ(ReadZipEntry(bytes, encrypted, 1 << 20, &error), "");
  EXPECT_EQ(error, "it is encrypted");

  error.clear();
  ZipEntryInfo bzip2 = entries[1];
  bzip2.method = 12;
  EXPECT_EQ(ReadZipEntry(bytes, bzip2, 1 << 20, &error), "");
  EXPECT_EQ(error, "compression method 12 is not supported");
}

TEST(ZipReaderTest, InflatesNoFurtherThanTheLimitWhateverTheEntryDeclares) {
  std::string bytes = LibzipArchive({{"bomb", std::string(3 << 20, '\0'), false}});
  std::vector<ZipEntryInfo> entries = Directory(bytes);
  ASSERT_EQ(entries.size(), 1u);
  ZipEntryInfo declared_small = entries[0];
  declared_small.size = 10;
  std::string error;
  EXPECT_EQ(ReadZipEntry(bytes, declared_small, 1 << 20, &error), "");
  EXPECT_EQ(error, "it inflates to more than 1 MiB");
}

// A stored entry whose sizes and offset are in a Zip64 extra field (APPNOTE 4.5.3), made by
// hand: libzip writes one only for entries of 4 GiB.
TEST(ZipReaderTest, ReadsZip64SizesAndOffsets) {
  auto le = [](std::string* out, uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>(value >> (8 * i)));
  };
  const std::string name = "a.txt", data = "hello";
  uint32_t crc = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(data.data()), 5));
  std::string bytes;
  le(&bytes, 0x04034b50, 4);
  le(&bytes, 45, 2), le(&bytes, 0, 2), le(&bytes, 0, 2), le(&bytes, 0, 4), le(&bytes, crc, 4);
  le(&bytes, 5, 4), le(&bytes, 5, 4), le(&bytes, name.size(), 2), le(&bytes, 0, 2);
  bytes += name + data;
  uint64_t directory = bytes.size();
  le(&bytes, 0x02014b50, 4);
  le(&bytes, 45, 2), le(&bytes, 45, 2), le(&bytes, 0, 2), le(&bytes, 0, 2), le(&bytes, 0, 4);
  le(&bytes, crc, 4), le(&bytes, 0xffffffff, 4), le(&bytes, 0xffffffff, 4);
  le(&bytes, name.size(), 2), le(&bytes, 28, 2), le(&bytes, 0, 2), le(&bytes, 0, 2);
  le(&bytes, 0, 2), le(&bytes, 0, 4), le(&bytes, 0xffffffff, 4);
  bytes += name;
  le(&bytes, 0x0001, 2), le(&bytes, 24, 2), le(&bytes, 5, 8), le(&bytes, 5, 8), le(&bytes, 0, 8);
  uint64_t directory_size = bytes.size() - directory;
  le(&bytes, 0x06054b50, 4);
  le(&bytes, 0, 2), le(&bytes, 0, 2), le(&bytes, 1, 2), le(&bytes, 1, 2);
  le(&bytes, directory_size, 4), le(&bytes, directory, 4), le(&bytes, 0, 2);

  std::vector<ZipEntryInfo> entries = Directory(bytes);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].size, 5u);
  EXPECT_EQ(entries[0].compressed_size, 5u);
  EXPECT_EQ(entries[0].local_header, 0u);
  std::string error;
  EXPECT_EQ(ReadZipEntry(bytes, entries[0], 1 << 20, &error), "hello") << error;
}

}  // namespace
}  // namespace galley::check
