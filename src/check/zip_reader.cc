#include "check/zip_reader.h"

#include <zlib.h>

#include <algorithm>

namespace galley::check {

namespace {

constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kEndOfDirectory = 0x06054b50;
constexpr uint32_t kZip64EndOfDirectory = 0x06064b50;
constexpr uint32_t kZip64Locator = 0x07064b50;
constexpr uint16_t kZip64Extra = 0x0001;
constexpr size_t kEndSize = 22, kLocatorSize = 20, kZip64EndSize = 56;
constexpr size_t kCentralSize = 46, kLocalSize = 30;

// Little-endian fields at an offset the caller has checked.
uint16_t Get16(std::string_view bytes, uint64_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(bytes[at]) |
                               static_cast<unsigned char>(bytes[at + 1]) << 8);
}
uint32_t Get32(std::string_view bytes, uint64_t at) {
  return Get16(bytes, at) | static_cast<uint32_t>(Get16(bytes, at + 2)) << 16;
}
uint64_t Get64(std::string_view bytes, uint64_t at) {
  return Get32(bytes, at) | static_cast<uint64_t>(Get32(bytes, at + 4)) << 32;
}

// Whether [at, at + size) lies inside the bytes, without overflowing.
bool Inside(std::string_view bytes, uint64_t at, uint64_t size) {
  return at <= bytes.size() && size <= bytes.size() - at;
}

struct Directory {
  uint64_t entries = 0;
  uint64_t size = 0;
  uint64_t offset = 0;
};

// The end of central directory record: the last signature from which a record with its comment
// reaches exactly the end of the archive (a comment may itself hold the signature).
bool FindEnd(std::string_view bytes, uint64_t* end) {
  if (bytes.size() < kEndSize) return false;
  uint64_t lowest = bytes.size() >= kEndSize + 0xffff ? bytes.size() - kEndSize - 0xffff : 0;
  for (uint64_t at = bytes.size() - kEndSize + 1; at-- > lowest;) {
    if (Get32(bytes, at) == kEndOfDirectory && at + kEndSize + Get16(bytes, at + 20) == bytes.size()) {
      *end = at;
      return true;
    }
  }
  return false;
}

bool ReadEnd(std::string_view bytes, Directory* directory, std::string* error) {
  uint64_t end = 0;
  if (!FindEnd(bytes, &end)) {
    *error = "no end of central directory record";
    return false;
  }
  directory->entries = Get16(bytes, end + 10);
  directory->size = Get32(bytes, end + 12);
  directory->offset = Get32(bytes, end + 16);
  if (Get16(bytes, end + 4) != 0 || Get16(bytes, end + 6) != 0) {
    *error = "a multi-disk archive";
    return false;
  }
  bool zip64 = directory->entries == 0xffff || directory->size == 0xffffffff ||
               directory->offset == 0xffffffff;
  if (zip64 && end >= kLocatorSize && Get32(bytes, end - kLocatorSize) == kZip64Locator) {
    uint64_t record = Get64(bytes, end - kLocatorSize + 8);
    if (!Inside(bytes, record, kZip64EndSize) || Get32(bytes, record) != kZip64EndOfDirectory) {
      *error = "a damaged Zip64 end of central directory record";
      return false;
    }
    directory->entries = Get64(bytes, record + 32);
    directory->size = Get64(bytes, record + 40);
    directory->offset = Get64(bytes, record + 48);
  }
  if (!Inside(bytes, directory->offset, directory->size)) {
    *error = "a central directory outside the archive";
    return false;
  }
  return true;
}

// Sizes and offset that the 32-bit fields mark as held in the Zip64 extra field (4.5.3).
bool ReadZip64Extra(std::string_view extra, ZipEntryInfo* entry) {
  for (uint64_t at = 0; at + 4 <= extra.size();) {
    uint16_t id = Get16(extra, at), size = Get16(extra, at + 2);
    if (at + 4 + size > extra.size()) return false;
    if (id == kZip64Extra) {
      uint64_t field = at + 4, stop = at + 4 + size;
      for (uint64_t* value : {&entry->size, &entry->compressed_size, &entry->local_header}) {
        if (*value != 0xffffffff) continue;
        if (field + 8 > stop) return false;
        *value = Get64(extra, field);
        field += 8;
      }
      return true;
    }
    at += 4 + size;
  }
  return false;
}

}  // namespace

bool ReadZipDirectory(std::string_view bytes, std::vector<ZipEntryInfo>* entries,
                      std::string* error) {
  Directory directory;
  if (!ReadEnd(bytes, &directory, error)) return false;
  uint64_t at = directory.offset, stop = directory.offset + directory.size;
  entries->clear();
  for (uint64_t i = 0; i < directory.entries; ++i) {
    if (at + kCentralSize > stop || Get32(bytes, at) != kCentralHeader) {
      *error = "a damaged central directory (entry " + std::to_string(i + 1) + ")";
      return false;
    }
    uint16_t name_size = Get16(bytes, at + 28), extra_size = Get16(bytes, at + 30),
             comment_size = Get16(bytes, at + 32);
    uint64_t next = at + kCentralSize + name_size + extra_size + comment_size;
    if (next > stop) {
      *error = "a damaged central directory (entry " + std::to_string(i + 1) + ")";
      return false;
    }
    ZipEntryInfo entry;
    entry.flags = Get16(bytes, at + 8);
    entry.method = Get16(bytes, at + 10);
    entry.crc = Get32(bytes, at + 16);
    entry.compressed_size = Get32(bytes, at + 20);
    entry.size = Get32(bytes, at + 24);
    entry.local_header = Get32(bytes, at + 42);
    entry.name = std::string(bytes.substr(at + kCentralSize, name_size));
    bool zip64 = entry.size == 0xffffffff || entry.compressed_size == 0xffffffff ||
                 entry.local_header == 0xffffffff;
    if (zip64 && !ReadZip64Extra(bytes.substr(at + kCentralSize + name_size, extra_size), &entry)) {
      *error = "a damaged Zip64 extra field in the entry " + entry.name;
      return false;
    }
    entries->push_back(std::move(entry));
    at = next;
  }
  return true;
}

namespace {

// Inflates raw deflate data into at most `limit` bytes; false with *error set when it cannot.
bool Inflate(std::string_view data, uint64_t limit, std::string* out, std::string* error) {
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
    *error = "zlib could not start inflating it";
    return false;
  }
  std::string failure;
  char piece[64 * 1024];
  int status = Z_OK;
  uint64_t consumed = 0;
  while (status != Z_STREAM_END) {
    if (stream.avail_in == 0 && consumed < data.size()) {
      uInt chunk = static_cast<uInt>(std::min<uint64_t>(data.size() - consumed, 1u << 30));
      stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + consumed));
      stream.avail_in = chunk;
      consumed += chunk;
    }
    stream.next_out = reinterpret_cast<Bytef*>(piece);
    stream.avail_out = sizeof piece;
    status = inflate(&stream, Z_NO_FLUSH);
    size_t produced = sizeof piece - stream.avail_out;
    if (status != Z_OK && status != Z_STREAM_END) {
      failure = status == Z_BUF_ERROR ? "its compressed data ends early"
                                      : "its compressed data is damaged";
      break;
    }
    if (out->size() + produced > limit) {
      failure = "it inflates to more than " + std::to_string(limit >> 20) + " MiB";
      break;
    }
    out->append(piece, produced);
  }
  inflateEnd(&stream);
  if (failure.empty()) return true;
  *error = failure;
  return false;
}

}  // namespace

std::string ReadZipEntry(std::string_view bytes, const ZipEntryInfo& entry, uint64_t limit,
                         std::string* error) {
  if (!Inside(bytes, entry.local_header, kLocalSize) ||
      Get32(bytes, entry.local_header) != kLocalHeader) {
    *error = "its local file header is missing or damaged";
    return {};
  }
  if (entry.flags & 1) {
    *error = "it is encrypted";
    return {};
  }
  uint64_t start = entry.local_header + kLocalSize + Get16(bytes, entry.local_header + 26) +
                   Get16(bytes, entry.local_header + 28);
  if (!Inside(bytes, start, entry.compressed_size)) {
    *error = "its data runs past the end of the archive";
    return {};
  }
  std::string_view data = bytes.substr(start, entry.compressed_size);
  std::string out;
  if (entry.method == 0) {
    if (data.size() > limit) {
      *error = "it is larger than " + std::to_string(limit >> 20) + " MiB";
      return {};
    }
    out = std::string(data);
  } else if (entry.method == 8) {
    if (!Inflate(data, limit, &out, error)) return {};
  } else {
    *error = "compression method " + std::to_string(entry.method) + " is not supported";
    return {};
  }
  if (out.size() != entry.size) {
    *error = "it holds " + std::to_string(out.size()) + " bytes, not the " +
             std::to_string(entry.size) + " the archive declares";
    return {};
  }
  uint32_t crc = 0;
  for (uint64_t done = 0; done < out.size();) {
    uInt chunk = static_cast<uInt>(std::min<uint64_t>(out.size() - done, 1u << 30));
    crc = static_cast<uint32_t>(crc32(crc, reinterpret_cast<const Bytef*>(out.data() + done), chunk));
    done += chunk;
  }
  if (crc != entry.crc) {
    *error = "its CRC-32 does not match its data";
    return {};
  }
  return out;
}

}  // namespace galley::check
