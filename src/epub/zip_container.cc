#include "epub/zip_container.h"

#include <zlib.h>

#include <cstdint>
#include <limits>

namespace galley::epub {

namespace {

// zlib's default level 6, not libzip's default of 9: on this book's fonts and text level 9
// takes about twice as long for under 1 % smaller entries.
constexpr int kDefaultLevel = 6;
constexpr int kFastLevel = 1;

// MS-DOS date and time fields (PKWARE APPNOTE 4.4.6): the date counts years from 1980, up to
// 2107. A date outside takes the nearest one inside, as a whole: 1961-12-31 becomes 1980-01-01
// (clamping the year alone gave 1980-12-31, later than the date it stood for).
uint16_t DosDate(const ZipDate& date) {
  ZipDate inside = date.year < 1980   ? ZipDate{1980, 1, 1}
                   : date.year > 2107 ? ZipDate{2107, 12, 31}
                                      : date;
  return static_cast<uint16_t>(((inside.year - 1980) << 9) | (inside.month << 5) | inside.day);
}

// Noon: no time zone changes its clocks then (the header says why the time is fixed).
constexpr uint16_t kDosNoon = 12 << 11;

// Version made by: Unix (3) in the high byte, APPNOTE 6.3 in the low (4.4.2); version needed
// to extract: 1.0 for a stored entry, 2.0 for a deflated one (4.4.3).
constexpr uint16_t kMadeBy = (3 << 8) | 63;
constexpr uint16_t kNeededStored = 10;
constexpr uint16_t kNeededDeflated = 20;
constexpr uint16_t kMethodStored = 0;
constexpr uint16_t kMethodDeflated = 8;
// A plain readable file when unzipped: Unix mode 0644 in the high half (4.4.15).
constexpr uint32_t kRegularFile = uint32_t{0100644} << 16;

// General purpose bits 1 and 2 of a deflated entry say how hard it was compressed (4.4.4):
// "fast" for levels 1 and 2, "maximum" for 8 and 9.
uint16_t DeflateFlags(int level) { return level <= 2 ? 0x4 : level >= 8 ? 0x2 : 0; }

void Put16(std::string* out, uint32_t value) {
  out->push_back(static_cast<char>(value & 0xff));
  out->push_back(static_cast<char>((value >> 8) & 0xff));
}

void Put32(std::string* out, uint32_t value) {
  Put16(out, value & 0xffff);
  Put16(out, value >> 16);
}

// Raw deflate (no zlib header), as ZIP's method 8 stores it, at libzip's memory level.
Result<std::string> Deflate(const std::string& bytes, int level) {
  z_stream stream{};
  if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY) !=
      Z_OK) {
    return InternalError("zlib could not start deflating");
  }
  std::string out(deflateBound(&stream, bytes.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int status = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (status != Z_STREAM_END) return InternalError("zlib could not deflate an entry");
  return out;
}

// What the local header and the central directory both say of an entry.
struct EntryHeader {
  uint16_t needed = kNeededStored;
  uint16_t flags = 0;
  uint16_t method = kMethodStored;
  uint32_t crc = 0;
  uint32_t compressed_size = 0;
  uint32_t size = 0;
  uint32_t offset = 0;  // of its local header
};

void PutCommonFields(std::string* out, const EntryHeader& entry, uint16_t date,
                     const std::string& path) {
  Put16(out, entry.needed);
  Put16(out, entry.flags);
  Put16(out, entry.method);
  Put16(out, kDosNoon);
  Put16(out, date);
  Put32(out, entry.crc);
  Put32(out, entry.compressed_size);
  Put32(out, entry.size);
  Put16(out, static_cast<uint32_t>(path.size()));
  Put16(out, 0);  // no extra field
}

constexpr uint64_t kMax32 = std::numeric_limits<uint32_t>::max();

Error TooLarge(const std::string& what) {
  return InternalError("the EPUB is too large for a ZIP archive without Zip64 (" + what + ")");
}

}  // namespace

ZipContainer::ZipContainer(std::string mimetype, ZipDate date) : date_(date) {
  Add("mimetype", std::move(mimetype), ZipCompression::kStore);
}

void ZipContainer::Add(std::string path, std::string bytes, ZipCompression compression) {
  entries_.push_back({std::move(path), std::move(bytes), compression});
}

Result<std::string> ZipContainer::Finish() const {
  if (entries_.size() > 0xffff) return TooLarge(std::to_string(entries_.size()) + " entries");
  const uint16_t date = DosDate(date_);
  std::string archive;
  std::vector<EntryHeader> headers;
  headers.reserve(entries_.size());
  for (const Entry& entry : entries_) {
    if (entry.bytes.size() >= kMax32 || entry.path.size() > 0xffff) return TooLarge(entry.path);
    EntryHeader header;
    header.crc = static_cast<uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(entry.bytes.data()),
              static_cast<uInt>(entry.bytes.size())));
    header.size = static_cast<uint32_t>(entry.bytes.size());
    header.offset = static_cast<uint32_t>(archive.size());
    std::string deflated;
    if (entry.compression != ZipCompression::kStore) {
      int level = entry.compression == ZipCompression::kFast ? kFastLevel : kDefaultLevel;
      Result<std::string> compressed = Deflate(entry.bytes, level);
      if (!compressed.ok()) return compressed.take_error();
      deflated = std::move(*compressed);
      header.needed = kNeededDeflated;
      header.flags = DeflateFlags(level);
      header.method = kMethodDeflated;
    }
    const std::string& data = header.method == kMethodDeflated ? deflated : entry.bytes;
    header.compressed_size = static_cast<uint32_t>(data.size());
    Put32(&archive, 0x04034b50);  // local file header (4.3.7)
    PutCommonFields(&archive, header, date, entry.path);
    archive += entry.path;
    archive += data;
    if (archive.size() >= kMax32) return TooLarge("over 4 GiB");
    headers.push_back(header);
  }
  const uint64_t directory_offset = archive.size();
  for (size_t i = 0; i < entries_.size(); ++i) {
    Put32(&archive, 0x02014b50);  // central directory file header (4.3.12)
    Put16(&archive, kMadeBy);
    PutCommonFields(&archive, headers[i], date, entries_[i].path);
    Put16(&archive, 0);  // no comment
    Put16(&archive, 0);  // disk number start
    Put16(&archive, 0);  // internal attributes
    Put32(&archive, kRegularFile);
    Put32(&archive, headers[i].offset);
    archive += entries_[i].path;
  }
  const uint64_t directory_size = archive.size() - directory_offset;
  if (archive.size() >= kMax32) return TooLarge("over 4 GiB");
  Put32(&archive, 0x06054b50);  // end of central directory record (4.3.16)
  Put16(&archive, 0);           // this disk
  Put16(&archive, 0);           // the disk the directory starts on
  Put16(&archive, static_cast<uint32_t>(entries_.size()));
  Put16(&archive, static_cast<uint32_t>(entries_.size()));
  Put32(&archive, static_cast<uint32_t>(directory_size));
  Put32(&archive, static_cast<uint32_t>(directory_offset));
  Put16(&archive, 0);  // no comment
  return archive;
}

}  // namespace galley::epub
