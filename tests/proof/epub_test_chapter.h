// Adds a third chapter to tests/check's small book (test_epub.h): its file, made from the second
// chapter's, its manifest item and its place at the end of the spine. No toc entry, so that a
// proof names it by its heading.
#pragma once

#include <string>

#include "check/test_epub.h"

namespace galley::proof::testing {

inline void AddChapterThree(check::testing::TestEpub* epub, const std::string& paragraph) {
  epub->Replace("EPUB/package.opf", "<item id=\"css\"",
                "<item id=\"ch3\" href=\"text/ch3.xhtml\" media-type=\"application/xhtml+xml\"/>\n"
                "    <item id=\"css\"");
  epub->Replace("EPUB/package.opf", "<itemref idref=\"ch2\"/>",
                "<itemref idref=\"ch2\"/>\n    <itemref idref=\"ch3\"/>");
  epub->File("EPUB/text/ch3.xhtml") = check::testing::test_epub_files::kChapter2;
  epub->Replace("EPUB/text/ch3.xhtml", "<h1>Two</h1>", "<h1>Three</h1>");
  epub->Replace("EPUB/text/ch3.xhtml", "<p>The end.</p>", "<p>" + paragraph + "</p>");
  epub->Replace("EPUB/text/ch3.xhtml", "id=\"page-3\" aria-label=\"3\"",
                "id=\"page-4\" aria-label=\"4\"");
  epub->Replace("EPUB/text/ch3.xhtml", "id=\"s2\"", "id=\"s3\"");
}

}  // namespace galley::proof::testing
