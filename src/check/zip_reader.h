// Reading a ZIP archive held in memory (PKWARE APPNOTE 6.3): its central directory and each
// entry's data, stored or deflated, with Zip64 sizes and offsets. Written for the EPUB checker
// and the EPUB proof, which must never trust what an archive declares: every offset and length
// is checked against the bytes, an entry is inflated only up to a limit whatever size it
// declares, and its CRC-32 and size are checked once it is read. (Galley read archives with
// libzip before; with libcrypto, which libzip pulls in, it was half the symbol lookups of every
// galley process's start.)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace galley::check {

struct ZipEntryInfo {
  std::string name;  // as stored
  uint16_t method = 0;  // 0 stored, 8 deflated; others are not read
  uint16_t flags = 0;   // general purpose bits; bit 0: encrypted
  uint32_t crc = 0;
  uint64_t compressed_size = 0;
  uint64_t size = 0;  // as the central directory declares it
  uint64_t local_header = 0;  // offset of the entry's local file header
};

// The entries in central-directory order; false with *error saying why when `bytes` holds no
// readable central directory.
bool ReadZipDirectory(std::string_view bytes, std::vector<ZipEntryInfo>* entries,
                      std::string* error);

// The entry's data, inflated when deflated; "" with *error set when it cannot be read (its
// local header or data outside the archive, encrypted, an unknown method, a damaged deflate
// stream, a wrong CRC or size) or would exceed `limit` bytes.
std::string ReadZipEntry(std::string_view bytes, const ZipEntryInfo& entry, uint64_t limit,
                         std::string* error);

}  // namespace galley::check
