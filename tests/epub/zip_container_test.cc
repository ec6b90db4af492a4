#include "epub/zip_container.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

#include "epub_test_support.h"

namespace galley::epub {
namespace {

using testing::ReadZip;

uint16_t Le16(const std::string& bytes, size_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(bytes[at]) |
                               (static_cast<unsigned char>(bytes[at + 1]) << 8));
}

std::string SmallArchive() {
  ZipContainer zip("application/epub+zip", {2024, 3, 18});
  zip.Add("META-INF/container.xml", "<container/>");
  zip.Add("EPUB/text/a.xhtml", std::string(2000, 'a'));
  zip.Add("EPUB/images/cover.png", "\x89PNG not really", ZipCompression::kStore);
  Result<std::string> bytes = zip.Finish();
  EXPECT_TRUE(bytes.ok()) << bytes.error().ToString();
  return bytes.ok() ? *bytes : std::string();
}

// EPUB 3.3 §4.2.6.3.1: the first local header names "mimetype", stored, no extra field, so
// that the media type stands at byte 38.
TEST(ZipContainerTest, MimetypeIsFirstStoredWithoutExtraField) {
  std::string bytes = SmallArchive();
  ASSERT_GT(bytes.size(), 58u);
  EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04"));
  EXPECT_EQ(Le16(bytes, 8), 0) << "compression method of mimetype";
  EXPECT_EQ(Le16(bytes, 26), 8) << "file name length";
  EXPECT_EQ(Le16(bytes, 28), 0) << "extra field length";
  EXPECT_EQ(bytes.substr(30, 8), "mimetype");
  EXPECT_EQ(bytes.substr(38, 20), "application/epub+zip");
}

TEST(ZipContainerTest, EntriesKeepTheirOrderAndCompression) {
  std::vector<testing::ZipEntry> entries = ReadZip(SmallArchive());
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[0].name, "mimetype");
  EXPECT_EQ(entries[1].name, "META-INF/container.xml");
  EXPECT_EQ(entries[2].name, "EPUB/text/a.xhtml");
  EXPECT_EQ(entries[3].name, "EPUB/images/cover.png");
  EXPECT_TRUE(entries[0].stored);
  EXPECT_FALSE(entries[2].stored);
  EXPECT_TRUE(entries[3].stored);
  EXPECT_EQ(entries[2].bytes, std::string(2000, 'a'));
}

TEST(ZipContainerTest, FastEntriesAreDeflatedToo) {
  ZipContainer zip("application/epub+zip", {2024, 3, 18});
  std::string font(5000, '\0');
  for (size_t i = 0; i < font.size(); ++i) font[i] = static_cast<char>((i * 7) % 13);
  zip.Add("EPUB/fonts/a.otf", font, ZipCompression::kFast);
  Result<std::string> bytes = zip.Finish();
  ASSERT_TRUE(bytes.ok()) << bytes.error().ToString();
  std::vector<testing::ZipEntry> entries = ReadZip(*bytes);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_FALSE(entries[1].stored);
  EXPECT_EQ(entries[1].bytes, font);
  EXPECT_LT(bytes->size(), font.size());
}

// Every local header and central directory record: the fixed DOS date, noon, and no extra
// field (PKWARE APPNOTE 4.3.7 and 4.3.12).
TEST(ZipContainerTest, EveryEntryHasTheFixedTimeAndNoExtraField) {
  std::string bytes = SmallArchive();
  const uint16_t date = ((2024 - 1980) << 9) | (3 << 5) | 18;
  int local = 0, central = 0;
  for (size_t at = 0; at + 46 <= bytes.size(); ++at) {
    if (bytes.compare(at, 4, "PK\x03\x04") == 0) {
      ++local;
      EXPECT_EQ(Le16(bytes, at + 10), 12 << 11) << "time at " << at;
      EXPECT_EQ(Le16(bytes, at + 12), date) << "date at " << at;
      EXPECT_EQ(Le16(bytes, at + 28), 0) << "extra field at " << at;
    } else if (bytes.compare(at, 4, "PK\x01\x02") == 0) {
      ++central;
      EXPECT_EQ(Le16(bytes, at + 12), 12 << 11);
      EXPECT_EQ(Le16(bytes, at + 14), date);
      EXPECT_EQ(Le16(bytes, at + 30), 0) << "extra field";
      EXPECT_EQ(Le16(bytes, at + 32), 0) << "comment";
    }
  }
  EXPECT_EQ(local, 4);
  EXPECT_EQ(central, 4);
}

std::string ArchiveIn(const char* time_zone) {
  setenv("TZ", time_zone, 1);
  tzset();
  return SmallArchive();
}

// libzip converts entry times through the local time zone; the bytes must not depend on it.
TEST(ZipContainerTest, SameBytesInEveryTimeZone) {
  const char* saved = std::getenv("TZ");
  std::string saved_value = saved ? saved : "";
  std::string utc = ArchiveIn("UTC");
  EXPECT_EQ(ArchiveIn("Pacific/Kiritimati"), utc);  // UTC+14
  EXPECT_EQ(ArchiveIn("America/Los_Angeles"), utc);
  EXPECT_EQ(ArchiveIn("Europe/London"), utc);
  if (saved) setenv("TZ", saved_value.c_str(), 1); else unsetenv("TZ");
  tzset();
}

uint16_t DosDateOf(ZipDate date) {
  ZipContainer zip("application/epub+zip", date);
  Result<std::string> bytes = zip.Finish();
  EXPECT_TRUE(bytes.ok());
  return bytes.ok() ? Le16(*bytes, 12) : 0;
}

// The nearest date MS-DOS can hold, as a whole date: not the year clamped and the day kept.
TEST(ZipContainerTest, DatesOutsideTheDosRangeAreClamped) {
  EXPECT_EQ(DosDateOf({1970, 1, 1}), (0 << 9) | (1 << 5) | 1);
  EXPECT_EQ(DosDateOf({1961, 12, 31}), (0 << 9) | (1 << 5) | 1);
  EXPECT_EQ(DosDateOf({2200, 1, 1}), (127 << 9) | (12 << 5) | 31);
  EXPECT_EQ(DosDateOf({1980, 12, 31}), (0 << 9) | (12 << 5) | 31);
}

}  // namespace
}  // namespace galley::epub
