// PDF object syntax as text: dictionaries read with their values' exact bytes, references,
// and the values the incremental update writes.
#include "render/pdf_syntax.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace galley::render {
namespace {

using ::testing::HasSubstr;

std::vector<std::pair<std::string, std::string>> Entries(const PdfDictionary& dictionary) {
  std::vector<std::pair<std::string, std::string>> entries;
  for (const auto& entry : dictionary.entries) entries.emplace_back(entry.key, entry.value);
  return entries;
}

TEST(PdfSyntaxTest, ReadsACairoPageDictionaryWithItsComment) {
  std::string text =
      "2 0 obj\n<< /Type /Page % 1\n   /Parent 1 0 R\n   /MediaBox [ 0 0 419.527559 595.275591 ]\n"
      "   /Group <<\n      /Type /Group\n      /S /Transparency\n   >>\n   /StructParents 0\n>>\n"
      "endobj\n";
  size_t at = 7;
  Result<PdfDictionary> page = ReadPdfDictionary(text, at);
  ASSERT_TRUE(page.ok()) << page.error().ToString();
  using Entry = std::pair<std::string, std::string>;
  EXPECT_EQ(Entries(*page),
            (std::vector<Entry>{{"Type", "/Page"},
                                {"Parent", "1 0 R"},
                                {"MediaBox", "[ 0 0 419.527559 595.275591 ]"},
                                {"Group", "<<\n      /Type /Group\n      /S /Transparency\n   >>"},
                                {"StructParents", "0"}}));
  EXPECT_EQ(text.substr(at), "\nendobj\n");
}

TEST(PdfSyntaxTest, StringsThatLookLikeSyntaxStayInsideTheirValue) {
  // A ">>" or "/Key" inside a literal string, nested and escaped parentheses, a hex string.
  std::string text = R"(<< /Title (Ends >> here \) /Fake (nested) done) /Subject <FEFF0041>
                         /Kids [ 3 0 R 4 0 R ] /Count 2 /Flag true /Empty << >> >>)";
  size_t at = 0;
  Result<PdfDictionary> info = ReadPdfDictionary(text, at);
  ASSERT_TRUE(info.ok()) << info.error().ToString();
  EXPECT_EQ(at, text.size());
  ASSERT_NE(info->Find("Title"), nullptr);
  EXPECT_EQ(*info->Find("Title"), R"((Ends >> here \) /Fake (nested) done))");
  EXPECT_EQ(*info->Find("Subject"), "<FEFF0041>");
  EXPECT_EQ(*info->Find("Kids"), "[ 3 0 R 4 0 R ]");
  EXPECT_EQ(*info->Find("Count"), "2");
  EXPECT_EQ(*info->Find("Flag"), "true");
  EXPECT_EQ(*info->Find("Empty"), "<< >>");
  EXPECT_EQ(info->Find("Fake"), nullptr);
}

TEST(PdfSyntaxTest, UnreadableDictionariesAreErrorsNamingTheByte) {
  for (std::string text : {"<< /Title (never closed >>", "<< /A 1", "[ 1 2 ]", "<< 1 2 >>",
                           "<< /A [ 1 2 >>"}) {
    size_t at = 0;
    Result<PdfDictionary> read = ReadPdfDictionary(text, at);
    ASSERT_FALSE(read.ok()) << text;
    EXPECT_EQ(read.error().kind, ErrorKind::kInternal);
    EXPECT_THAT(read.error().message, HasSubstr("unreadable PDF at byte")) << text;
  }
}

TEST(PdfSyntaxTest, SetReplacesOrAddsAndToStringWritesOneEntryALine) {
  PdfDictionary catalog;
  catalog.entries = {{"Type", "/Catalog"}, {"Pages", "1 0 R"}};
  catalog.Set("Lang", PdfLiteralString("en-US"));
  catalog.Set("Pages", "9 0 R");
  EXPECT_EQ(catalog.ToString(), "<< /Type /Catalog\n   /Pages 9 0 R\n   /Lang (en-US)\n>>");
  EXPECT_EQ(PdfDictionary{}.ToString(), "<< >>");
  // What ToString writes reads back the same.
  std::string text = catalog.ToString();
  size_t at = 0;
  Result<PdfDictionary> again = ReadPdfDictionary(text, at);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(Entries(*again), Entries(catalog));
}

TEST(PdfSyntaxTest, References) {
  EXPECT_EQ(ParsePdfReference("277 0 R"), (PdfReference{277, 0}));
  EXPECT_EQ(ParsePdfReference(" 12\n3 R "), (PdfReference{12, 3}));
  EXPECT_FALSE(ParsePdfReference("12 0"));
  EXPECT_FALSE(ParsePdfReference("12 0 R 4"));
  EXPECT_FALSE(ParsePdfReference("-1 0 R"));
  EXPECT_FALSE(ParsePdfReference("0 0 R"));
  EXPECT_FALSE(ParsePdfReference("1.5 0 R"));
  auto kids = ParsePdfReferenceArray("[ 2 0 R 14 0 R\n23 0 R ]");
  ASSERT_TRUE(kids);
  EXPECT_EQ(*kids, (std::vector<PdfReference>{{2, 0}, {14, 0}, {23, 0}}));
  EXPECT_EQ(ParsePdfReferenceArray("[]"), std::vector<PdfReference>{});
  EXPECT_FALSE(ParsePdfReferenceArray("[ 2 0 R 14 ]"));
  EXPECT_FALSE(ParsePdfReferenceArray("[ 2 0 R"));
  EXPECT_FALSE(ParsePdfReferenceArray("2 0 R"));
}

TEST(PdfSyntaxTest, NumbersStringsAndRectangles) {
  EXPECT_EQ(PdfNumber(0), "0");
  EXPECT_EQ(PdfNumber(24), "24");
  EXPECT_EQ(PdfNumber(32.50393700787402), "32.503937");
  EXPECT_EQ(PdfNumber(419.5275590551181), "419.527559");
  EXPECT_EQ(PdfNumber(-1e-9), "0");
  EXPECT_EQ(PdfNumber(-2.5), "-2.5");
  EXPECT_EQ(PdfLiteralString("en-US"), "(en-US)");
  EXPECT_EQ(PdfLiteralString(R"(a(b)\c)"), R"((a\(b\)\\c))");
  EXPECT_EQ(PdfRectangle(0, 0, 419.5275590551181, 595.2755905511812),
            "[ 0 0 419.527559 595.275591 ]");
}

}  // namespace
}  // namespace galley::render
