// A small, valid EPUB 3 made in memory with libzip, whose files a test edits to break exactly
// one rule. The book: a cover (non-linear, reached from the landmarks), two chapters with three
// print page-break markers, a nav with toc/page-list/landmarks, an NCX with the same pageList,
// a style sheet and a PNG.
#pragma once

#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "check/epub_checker.h"

namespace galley::check::testing {

class TestEpub {
 public:
  TestEpub();  // the valid book

  // The file's contents, for editing in place; adds an empty file at the end when missing.
  std::string& File(const std::string& path);
  void Remove(const std::string& path);
  // Replaces every occurrence of `from` in the file; a test fails when there is none.
  void Replace(const std::string& path, std::string_view from, std::string_view to);
  void MoveToEnd(const std::string& path);
  void SetStored(const std::string& path, bool stored);
  void AddLocalExtraField(const std::string& path);

  // The EPUB's bytes: entries in order, each stored or deflated as set.
  std::string Build() const;

 private:
  struct Entry {
    std::string name;
    std::string data;
    bool stored = false;
    bool local_extra_field = false;
  };
  Entry* Find(const std::string& path);
  std::vector<Entry> entries_;
};

namespace test_epub_files {

inline constexpr const char* kContainer = R"(<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
)";

inline constexpr const char* kPackage = R"(<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en-US">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:6f1c0a52-8e1b-5c1f-9a7e-2f0b1c2d3e4f</dc:identifier>
    <dc:title>A Test Book</dc:title>
    <dc:creator id="creator">Ann Author</dc:creator>
    <meta refines="#creator" property="file-as">Author, Ann</meta>
    <dc:language>en-US</dc:language>
    <dc:source id="source">The Printed Edition, 1961</dc:source>
    <meta refines="#source" property="source-of">pagination</meta>
    <meta property="dcterms:modified">2024-02-29T12:00:00Z</meta>
    <meta property="schema:accessMode">textual</meta>
    <meta property="schema:accessibilityFeature">pageBreakMarkers</meta>
    <meta property="schema:accessibilityFeature">alternativeText</meta>
    <meta property="schema:accessibilityHazard">none</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>
    <item id="ch1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>
    <item id="ch2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="css/book.css" media-type="text/css"/>
    <item id="cover-image" href="images/cover.png" media-type="image/png" properties="cover-image"/>
  </manifest>
  <spine toc="ncx">
    <itemref idref="cover" linear="no"/>
    <itemref idref="ch1"/>
    <itemref idref="ch2"/>
  </spine>
</package>
)";

inline constexpr const char* kNav = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-US" lang="en-US">
<head><title>Contents</title></head>
<body>
<nav epub:type="toc" id="toc">
  <ol>
    <li><a href="text/ch1.xhtml">One</a></li>
    <li><a href="text/ch2.xhtml#s2">Two</a></li>
  </ol>
</nav>
<nav epub:type="page-list" id="page-list" hidden="">
  <ol>
    <li><a href="text/ch1.xhtml#page-1">1</a></li>
    <li><a href="text/ch1.xhtml#page-2">2</a></li>
    <li><a href="text/ch2.xhtml#page-3">3</a></li>
  </ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="">
  <ol>
    <li><a epub:type="cover" href="text/cover.xhtml">Cover</a></li>
    <li><a epub:type="bodymatter" href="text/ch1.xhtml">Start</a></li>
  </ol>
</nav>
</body>
</html>
)";

inline constexpr const char* kNcx = R"(<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head><meta name="dtb:uid" content="urn:uuid:6f1c0a52-8e1b-5c1f-9a7e-2f0b1c2d3e4f"/></head>
  <docTitle><text>A Test Book</text></docTitle>
  <navMap>
    <navPoint id="np-1" playOrder="1"><navLabel><text>One</text></navLabel><content src="text/ch1.xhtml"/></navPoint>
    <navPoint id="np-2" playOrder="2"><navLabel><text>Two</text></navLabel><content src="text/ch2.xhtml#s2"/></navPoint>
  </navMap>
  <pageList>
    <pageTarget id="pt-1" type="normal" value="1" playOrder="3"><navLabel><text>1</text></navLabel><content src="text/ch1.xhtml#page-1"/></pageTarget>
    <pageTarget id="pt-2" type="normal" value="2" playOrder="4"><navLabel><text>2</text></navLabel><content src="text/ch1.xhtml#page-2"/></pageTarget>
    <pageTarget id="pt-3" type="normal" value="3" playOrder="5"><navLabel><text>3</text></navLabel><content src="text/ch2.xhtml#page-3"/></pageTarget>
  </pageList>
</ncx>
)";

inline constexpr const char* kCover = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-US" lang="en-US">
<head><title>Cover</title></head>
<body epub:type="cover"><img src="../images/cover.png" alt="A Test Book, by Ann Author"/></body>
</html>
)";

inline constexpr const char* kChapter1 = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-US" lang="en-US">
<head><title>One</title><link rel="stylesheet" href="../css/book.css"/></head>
<body>
<section id="s1">
<h1>One</h1>
<p><span epub:type="pagebreak" role="doc-pagebreak" id="page-1" aria-label="1"/>It began in the night.</p>
<p>Then, in the morning, <span epub:type="pagebreak" role="doc-pagebreak" id="page-2" aria-label="2"/>the news came.</p>
<p>See <a href="ch2.xhtml#s2">the next chapter</a>.</p>
</section>
</body>
</html>
)";

inline constexpr const char* kChapter2 = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-US" lang="en-US">
<head><title>Two</title><link rel="stylesheet" href="../css/book.css"/></head>
<body>
<section id="s2">
<h1>Two</h1>
<div epub:type="pagebreak" role="doc-pagebreak" id="page-3" aria-label="3"></div>
<p>The end.</p>
</section>
</body>
</html>
)";

inline constexpr const char* kStyleSheet = R"(/* book.css */
body { margin: 0 5%; }
.cover { background: url("../images/cover.png") no-repeat; }
)";

// A PNG signature and an IHDR chunk's start: enough for a media-type sniff.
inline const std::string kPng("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0",
                              29);

}  // namespace test_epub_files

inline TestEpub::TestEpub() {
  using namespace test_epub_files;
  entries_ = {
      {"mimetype", "application/epub+zip", true, false},
      {"META-INF/container.xml", kContainer},
      {"EPUB/package.opf", kPackage},
      {"EPUB/nav.xhtml", kNav},
      {"EPUB/toc.ncx", kNcx},
      {"EPUB/text/cover.xhtml", kCover},
      {"EPUB/text/ch1.xhtml", kChapter1},
      {"EPUB/text/ch2.xhtml", kChapter2},
      {"EPUB/css/book.css", kStyleSheet},
      {"EPUB/images/cover.png", kPng, true},
  };
}

inline TestEpub::Entry* TestEpub::Find(const std::string& path) {
  for (Entry& entry : entries_) {
    if (entry.name == path) return &entry;
  }
  return nullptr;
}

inline std::string& TestEpub::File(const std::string& path) {
  if (Entry* entry = Find(path)) return entry->data;
  entries_.push_back(Entry{path, ""});
  return entries_.back().data;
}

inline void TestEpub::Remove(const std::string& path) {
  std::erase_if(entries_, [&](const Entry& entry) { return entry.name == path; });
}

inline void TestEpub::Replace(const std::string& path, std::string_view from, std::string_view to) {
  std::string& data = File(path);
  size_t at = data.find(from);
  ASSERT_NE(at, std::string::npos) << path << " has no \"" << from << "\"";
  while (at != std::string::npos) {
    data.replace(at, from.size(), to);
    at = data.find(from, at + to.size());
  }
}

inline void TestEpub::MoveToEnd(const std::string& path) {
  auto it = std::find_if(entries_.begin(), entries_.end(),
                         [&](const Entry& entry) { return entry.name == path; });
  ASSERT_NE(it, entries_.end()) << path;
  std::rotate(it, it + 1, entries_.end());
}

inline void TestEpub::SetStored(const std::string& path, bool stored) {
  Find(path)->stored = stored;
}

inline void TestEpub::AddLocalExtraField(const std::string& path) {
  Find(path)->local_extra_field = true;
}

inline std::string TestEpub::Build() const {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr) << zip_error_strerror(&error);
  if (archive == nullptr) return {};
  zip_source_keep(buffer);  // keep the bytes after zip_close
  for (const Entry& entry : entries_) {
    zip_source_t* source = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
    zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, 0);
    EXPECT_GE(index, 0) << entry.name;
    zip_set_file_compression(archive, index, entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    if (entry.local_extra_field) {
      // An extended-timestamp field (0x5455), as Info-ZIP writes without -X.
      const zip_uint8_t timestamp[5] = {1, 0, 0, 0, 0};
      zip_file_extra_field_set(archive, index, 0x5455, ZIP_EXTRA_FIELD_NEW, timestamp, 5,
                               ZIP_FL_LOCAL);
    }
  }
  EXPECT_EQ(zip_close(archive), 0);
  std::string bytes;
  if (zip_source_open(buffer) == 0) {
    zip_source_seek(buffer, 0, SEEK_END);
    bytes.resize(static_cast<size_t>(zip_source_tell(buffer)));
    zip_source_seek(buffer, 0, SEEK_SET);
    zip_source_read(buffer, bytes.data(), bytes.size());
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return bytes;
}

// Every finding of every check on `epub`; a test fails if the bytes are not even a ZIP.
inline std::vector<Finding> FindingsOf(const TestEpub& epub) {
  Result<CheckReport> report = CheckEpubBytes(epub.Build(), "test.epub");
  EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().ToString());
  return report.ok() ? report->findings : std::vector<Finding>{};
}

// The findings as the command prints them, for failure messages.
inline std::string Describe(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& finding : findings) {
    out += "[" + finding.check + "] " + finding.error.ToString();
  }
  return out.empty() ? "no findings\n" : out;
}

// Expects no finding at all, listing them when there are.
#define EXPECT_NO_FINDINGS(epub)                                                               \
  do {                                                                                         \
    std::vector<::galley::check::Finding> found_ = ::galley::check::testing::FindingsOf(epub); \
    EXPECT_TRUE(found_.empty()) << ::galley::check::testing::Describe(found_);                 \
  } while (0)

// Expects exactly one finding, from `check`, whose message contains `words`.
#define EXPECT_ONE_FINDING(epub, check_name, words)                                            \
  do {                                                                                         \
    std::vector<::galley::check::Finding> found_ = ::galley::check::testing::FindingsOf(epub); \
    ASSERT_EQ(found_.size(), 1u) << ::galley::check::testing::Describe(found_);                \
    EXPECT_EQ(found_[0].check, check_name) << ::galley::check::testing::Describe(found_);      \
    EXPECT_THAT(found_[0].error.message, ::testing::HasSubstr(words));                         \
  } while (0)

}  // namespace galley::check::testing
