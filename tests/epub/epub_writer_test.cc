// The whole book: a golden file of its structure, determinism, links that resolve, and the
// bad inputs the writer must refuse.
#include "epub/epub_writer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>

#include "epub_test_support.h"
#include "support/golden_file.h"
#include "manuscript/manuscript_parser.h"
#include "support/test_paths.h"

namespace galley::epub {
namespace {

using namespace testing;

const std::string kSmallBook = galley::testing::TestDataDir() + "/epub/small-book.md";

model::Document SmallBookManuscript() {
  RealFileSystem fs;
  Result<model::Document> document = manuscript::LoadManuscript(fs, kSmallBook);
  EXPECT_TRUE(document.ok()) << document.error().ToString();
  return document.ok() ? std::move(document).value() : model::Document();
}

std::string Build(const model::Document& document, EpubOptions options = ProjectOptions()) {
  RealFileSystem fs;
  Result<std::string> epub = WriteEpub(fs, document, options);
  EXPECT_TRUE(epub.ok()) << epub.error().ToString();
  return epub.ok() ? *epub : std::string();
}

Error BuildError(const model::Document& document, EpubOptions options = ProjectOptions()) {
  RealFileSystem fs;
  Result<std::string> epub = WriteEpub(fs, document, options);
  EXPECT_FALSE(epub.ok());
  return epub.ok() ? Error{} : epub.error();
}

// The package's shape for review: entries, the package document and the navigation document.
// Font and image bytes are left out (they follow HarfBuzz and Cairo versions).
TEST(EpubWriterTest, StructureMatchesTheGoldenFile) {
  std::vector<ZipEntry> entries = ReadZip(Build(SmallBookManuscript()));
  std::string structure = "# entries (stored or deflated)\n";
  for (const ZipEntry& entry : entries) {
    structure += entry.name + (entry.stored ? "  stored\n" : "  deflated\n");
  }
  structure += "\n# EPUB/package.opf\n" + EntryBytes(entries, "EPUB/package.opf");
  structure += "\n# EPUB/nav.xhtml\n" + EntryBytes(entries, "EPUB/nav.xhtml");
  EXPECT_TRUE(galley::testing::MatchesGoldenFile(
      structure, galley::testing::TestDataDir() + "/epub/small-book.structure.txt"));
}

TEST(EpubWriterTest, SameInputSameBytesWithOrWithoutTheCacheInAnyTimeZone) {
  model::Document document = SmallBookManuscript();
  std::string first = Build(document);
  EXPECT_EQ(Build(document), first);

  EpubOptions cached = ProjectOptions();
  cached.cache_dir = ::testing::TempDir() + "/epub-writer-cache";
  std::filesystem::create_directories(cached.cache_dir);
  EXPECT_EQ(Build(document, cached), first) << "filling the cache";
  EXPECT_EQ(Build(document, cached), first) << "reading the cache";

  const char* saved = std::getenv("TZ");
  std::string saved_value = saved ? saved : "";
  setenv("TZ", "Pacific/Kiritimati", 1);
  tzset();
  EXPECT_EQ(Build(document, cached), first) << "UTC+14";
  setenv("TZ", "America/Los_Angeles", 1);
  tzset();
  EXPECT_EQ(Build(document, cached), first) << "UTC-8";
  if (saved) setenv("TZ", saved_value.c_str(), 1); else unsetenv("TZ");
  tzset();
}

TEST(EpubWriterTest, SourceDateEpochSetsTheModificationTime) {
  EpubOptions options = ProjectOptions();
  options.source_date_epoch = 1700000000;
  std::string opf = EntryBytes(ReadZip(Build(SmallDocument(), options)), "EPUB/package.opf");
  EXPECT_NE(opf.find("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"), std::string::npos);
}

// Every link of every XHTML document and of the NCX reaches an entry, and its fragment an id
// in that entry; every manifest item is in the archive.
TEST(EpubWriterTest, EveryLinkResolves) {
  std::vector<ZipEntry> entries = ReadZip(Build(SmallBookManuscript()));
  std::map<std::string, std::set<std::string>> ids;
  std::map<std::string, pugi::xml_document> documents;
  for (const ZipEntry& entry : entries) {
    if (!entry.name.ends_with(".xhtml") && !entry.name.ends_with(".ncx") && !entry.name.ends_with(".opf")) continue;
    ParseXml(entry.bytes, &documents[entry.name]);
    for (const pugi::xpath_node& node : documents[entry.name].select_nodes("//*[@id]")) {
      EXPECT_TRUE(ids[entry.name].insert(node.node().attribute("id").value()).second)
          << "duplicate id " << node.node().attribute("id").value() << " in " << entry.name;
    }
  }
  auto resolve = [&](const std::string& from, const std::string& link) {
    std::string dir = from.substr(0, from.rfind('/') + 1);
    std::string file = link.substr(0, link.find('#'));
    std::string fragment = link.find('#') == std::string::npos ? "" : link.substr(link.find('#') + 1);
    std::string target = file.empty() ? from : std::filesystem::path(dir + file).lexically_normal().string();
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(), [&](const ZipEntry& e) { return e.name == target; }))
        << from << " links to missing " << target;
    if (!fragment.empty()) {
      EXPECT_TRUE(ids[target].count(fragment)) << from << " links to " << link;
    }
  };
  int links = 0;
  for (auto& [name, document] : documents) {
    for (const char* xpath : {"//a/@href", "//content/@src", "//img/@src", "//link/@href", "//item/@href"}) {
      for (const std::string& link : Select(document, xpath)) {
        resolve(name, link);
        ++links;
      }
    }
  }
  EXPECT_GT(links, 40);
}

TEST(EpubWriterTest, EveryDocumentIsInTheBooksLanguage) {
  for (const ZipEntry& entry : ReadZip(Build(SmallBookManuscript()))) {
    if (!entry.name.ends_with(".xhtml")) continue;
    pugi::xml_document document;
    ParseXml(entry.bytes, &document);
    EXPECT_STREQ(document.child("html").attribute("xml:lang").value(), "en-GB") << entry.name;
    EXPECT_STREQ(document.child("html").attribute("lang").value(), "en-GB") << entry.name;
  }
}

TEST(EpubWriterTest, TheCoverPageShowsTheDeclaredCoverWithAltText) {
  std::vector<ZipEntry> entries = ReadZip(Build(SmallDocument()));
  pugi::xml_document cover;
  ParseXml(EntryBytes(entries, "EPUB/text/cover.xhtml"), &cover);
  EXPECT_EQ(Select(cover, "//img/@src"), std::vector<std::string>{"../images/cover.png"});
  EXPECT_EQ(Select(cover, "//img/@alt"),
            std::vector<std::string>{"Cover: Kronstadt 21, by Victor Serge. Solidarity."});
  EXPECT_EQ(Select(cover, "//img/@role"), std::vector<std::string>{"doc-cover"});
  EXPECT_EQ(EntryBytes(entries, "EPUB/images/cover.png").substr(1, 3), "PNG");
}

// Apple Books uses the embedded fonts only when META-INF says the book specifies them.
TEST(EpubWriterTest, AppleBooksIsToldToUseTheEmbeddedFonts) {
  std::vector<ZipEntry> entries = ReadZip(Build(SmallDocument()));
  pugi::xml_document options;
  ParseXml(EntryBytes(entries, "META-INF/com.apple.ibooks.display-options.xml"), &options);
  EXPECT_EQ(Select(options, "/display_options/platform[@name='*']/option[@name='specified-fonts']"),
            std::vector<std::string>{"true"});
}

// ---- Bad input --------------------------------------------------------------------------

TEST(EpubWriterTest, MissingTitleOrLanguagePointsAtTheFrontMatter) {
  model::Document document = SmallDocument();
  document.metadata.title.clear();
  EXPECT_EQ(BuildError(document).where.ToString(), "book.md:2:8");
  document = SmallDocument();
  document.metadata.language.clear();
  Error error = BuildError(document);
  EXPECT_EQ(error.where.ToString(), "book.md:4:11");
  EXPECT_NE(error.message.find("no language"), std::string::npos);
}

TEST(EpubWriterTest, AnUnknownLanguageTagIsRefused) {
  model::Document document = SmallDocument();
  document.metadata.language = "english";
  Error error = BuildError(document);
  EXPECT_EQ(error.where.ToString(), "book.md:4:11");
  EXPECT_NE(error.hint.find("en-US"), std::string::npos);
}

TEST(EpubWriterTest, MissingFilesAreNamed) {
  EpubOptions options = ProjectOptions();
  options.fonts.regular = "/nonexistent/EBGaramond12-Regular.otf";
  EXPECT_EQ(BuildError(SmallDocument(), options).where.file, "/nonexistent/EBGaramond12-Regular.otf");
  options = ProjectOptions();
  options.cover_image = "/nonexistent/cover.png";
  EXPECT_EQ(BuildError(SmallDocument(), options).where.file, "/nonexistent/cover.png");
  options = ProjectOptions();
  options.stylesheet = "/nonexistent/book.css";
  EXPECT_EQ(BuildError(SmallDocument(), options).where.file, "/nonexistent/book.css");
}

TEST(EpubWriterTest, PageMarkersNeedTheirPrintEdition) {
  model::Document document = SmallDocument();
  document.metadata.source.clear();
  Error error = BuildError(document);
  EXPECT_NE(error.message.find("print edition"), std::string::npos);
  EXPECT_NE(error.hint.find("source:"), std::string::npos);
}

TEST(EpubWriterTest, TwoPageMarkersWithOneLabelAreRefused) {
  model::Document document = SmallDocument();
  document.divisions[1].sections[1].blocks.push_back(PageMarker("6", 40));
  Error error = BuildError(document);
  EXPECT_EQ(error.where.ToString(), "book.md:40:1");
  EXPECT_NE(error.message.find("page-6"), std::string::npos);
}

TEST(EpubWriterTest, WritingIntoAMissingFolderFailsAndLeavesTheOldBook) {
  std::string dir = ::testing::TempDir() + "/epub-writer-output";
  std::filesystem::create_directories(dir);
  RealFileSystem fs;
  ASSERT_TRUE(fs.WriteFileAtomically(dir + "/book.epub", "previous book").ok());
  Status missing = WriteEpubFile(fs, SmallDocument(), ProjectOptions(), dir + "/no-such-folder/book.epub");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("does not exist"), std::string::npos);

  model::Document bad = SmallDocument();
  bad.metadata.title.clear();
  EXPECT_FALSE(WriteEpubFile(fs, bad, ProjectOptions(), dir + "/book.epub").ok());
  EXPECT_EQ(*fs.ReadFile(dir + "/book.epub"), "previous book");

  ASSERT_TRUE(WriteEpubFile(fs, SmallDocument(), ProjectOptions(), dir + "/book.epub").ok());
  EXPECT_EQ(fs.ReadFile(dir + "/book.epub")->substr(38, 20), "application/epub+zip");
}

}  // namespace
}  // namespace galley::epub
