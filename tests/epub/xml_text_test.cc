// The EPUB is well-formed by construction: a character XML 1.0 forbids, raw or written as a
// character reference in the manuscript, is refused at its manuscript line and column (as the
// PDF refuses a character its font cannot show), and the last gate before the ZIP refuses any
// ill-formed entry whatever path it came by.
#include "epub/xml_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "epub/epub_writer.h"
#include "epub_test_support.h"
#include "manuscript/manuscript_parser.h"
#include "support/test_paths.h"

namespace galley::epub {
namespace {

using namespace testing;

std::string SmallBookText() {
  std::ifstream in(galley::testing::TestDataDir() + "/epub/small-book.md");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The small book with `from` replaced by `to` once, written as an EPUB: the writer's error.
Error ErrorFor(const std::string& from, const std::string& to) {
  std::string text = SmallBookText();
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at == std::string::npos) return {};
  text.replace(at, from.size(), to);
  Result<model::Document> document = manuscript::ParseManuscript(text, "book.md");
  EXPECT_TRUE(document.ok()) << document.error().ToString();
  if (!document.ok()) return document.error();
  RealFileSystem fs;
  Result<std::string> epub = WriteEpub(fs, *document, ProjectOptions());
  EXPECT_FALSE(epub.ok()) << "an EPUB was made from text holding " << to;
  return epub.ok() ? Error{} : epub.error();
}

// The line of the small book that holds `text`, 1-based.
int LineOf(const std::string& text) {
  std::string book = SmallBookText();
  size_t at = book.find(text);
  return 1 + static_cast<int>(std::count(book.begin(), book.begin() + at, '\n'));
}

TEST(XmlTextTest, AControlCharacterInTheTextIsRefusedAtItsPlace) {
  int line = LineOf("This text first appeared");
  Error error = ErrorFor("This text first", "This\x13 text first");
  EXPECT_EQ(error.where.ToString(), "book.md:" + std::to_string(line) + ":5");
  EXPECT_NE(error.message.find("U+0013"), std::string::npos) << error.message;
  EXPECT_EQ(error.kind, ErrorKind::kInput);
}

TEST(XmlTextTest, AReferenceToAControlCharacterIsRefusedToo) {
  int line = LineOf("This text first appeared");
  Error error = ErrorFor("This text first", "This&#x13; text first");
  EXPECT_EQ(error.where.ToString(), "book.md:" + std::to_string(line) + ":5");
  EXPECT_NE(error.message.find("U+0013"), std::string::npos) << error.message;
}

// The manuscript refuses noncharacters first (base/noncharacter.h); the sink refuses them too,
// for text that reaches it another way.
TEST(XmlTextTest, NoncharactersAreRefused) {
  for (const char* text : {"This \xEF\xBF\xBF text", "This \xEF\xBF\xBE text"}) {
    Status refused = RequireXmlText(text, {"book.md", {3, 1}}, "the text");
    ASSERT_FALSE(refused.ok()) << text;
    EXPECT_EQ(refused.error().where.ToString(), "book.md:3:6");
    EXPECT_NE(refused.error().message.find("U+FFF"), std::string::npos)
        << refused.error().message;
  }
}

TEST(XmlTextTest, AForbiddenCharacterInTheFrontMatterIsRefusedOnItsLine) {
  Error error = ErrorFor("publisher: Galley Test Press", "publisher: Galley\x01 Test Press");
  EXPECT_EQ(error.where.ToString(), "book.md:" + std::to_string(LineOf("publisher:")) + ":18");
  EXPECT_NE(error.message.find("publisher"), std::string::npos) << error.message;
}

TEST(XmlTextTest, TextXmlAllowsPasses) {
  EXPECT_TRUE(RequireXmlText("émigré\t“x”\n", {"book.md", {3, 1}}, "the text").ok());
  Status refused = RequireXmlText("ab\ncd\x02", {"book.md", {3, 7}}, "the text");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().where.ToString(), "book.md:4:3");
}

TEST(XmlTextTest, TheLastGateNamesTheEntryLineAndColumn) {
  Status status = RequireXmlEntry("EPUB/text/ch1.xhtml", "<html>\n<p>a&#19;b</p>\n</html>\n");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().where.ToString(), "EPUB/text/ch1.xhtml:2:5");
  EXPECT_EQ(status.error().kind, ErrorKind::kInternal);
  EXPECT_TRUE(RequireXmlEntry("EPUB/nav.xhtml", "<html><p>&amp;é</p></html>").ok());
}

}  // namespace
}  // namespace galley::epub
