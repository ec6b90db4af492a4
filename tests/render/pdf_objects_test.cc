// Reading a finished PDF's trailer, cross-reference table, objects and page tree, and refusing
// the files an update could not be made for without guessing.
#include "render/pdf_objects.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tiny_pdf.h"

namespace galley::render {
namespace {

using ::testing::HasSubstr;
using namespace galley::render::testing;

std::string ReadError(const std::string& pdf) {
  Result<PdfObjects> objects = PdfObjects::Read(pdf);
  if (objects.ok()) return "";
  EXPECT_EQ(objects.error().kind, ErrorKind::kInternal);
  return objects.error().message;
}

TEST(PdfObjectsTest, ReadsTheTrailerAndFindsObjectsThroughTheTable) {
  std::string pdf = TinyPdf();
  Result<PdfObjects> objects = PdfObjects::Read(pdf);
  ASSERT_TRUE(objects.ok()) << objects.error().ToString();
  EXPECT_EQ(objects->xref_offset(), pdf.find("xref\n0 7"));
  ASSERT_NE(objects->trailer().Find("Size"), nullptr);
  EXPECT_EQ(*objects->trailer().Find("Size"), "7");
  Result<PdfObject> catalog = objects->TrailerObject("Root");
  ASSERT_TRUE(catalog.ok()) << catalog.error().ToString();
  EXPECT_EQ(catalog->reference, (PdfReference{6, 0}));
  EXPECT_EQ(*catalog->dictionary.Find("Type"), "/Catalog");
  Result<PdfObject> info = objects->TrailerObject("Info");
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(*info->dictionary.Find("Producer"), "(a test (with >> inside))");
}

TEST(PdfObjectsTest, PagesFollowTheTreeInPageOrder) {
  std::string pdf = TinyPdf();
  Result<PdfObjects> objects = PdfObjects::Read(pdf);
  ASSERT_TRUE(objects.ok());
  Result<std::vector<PdfObject>> pages = objects->Pages();
  ASSERT_TRUE(pages.ok()) << pages.error().ToString();
  ASSERT_EQ(pages->size(), 2u);
  EXPECT_EQ((*pages)[0].reference, (PdfReference{3, 0}));
  EXPECT_EQ((*pages)[1].reference, (PdfReference{2, 0}));
}

TEST(PdfObjectsTest, RefusesFilesWhoseObjectsMayBeInObjectStreams) {
  // startxref pointing at a cross-reference stream rather than a table.
  std::string stream = TinyPdf();
  size_t startxref = stream.rfind("startxref\n") + 10;
  stream.replace(startxref, stream.find('\n', startxref) - startxref,
                 std::to_string(stream.find("6 0 obj")));
  EXPECT_THAT(ReadError(stream), HasSubstr("cross-reference stream"));
  EXPECT_THAT(ReadError(TinyPdf(TinyPdfObjects(), "   /XRefStm 9\n")), HasSubstr("hybrid"));
  EXPECT_THAT(ReadError(TinyPdf(TinyPdfObjects(), "   /Prev 9\n")),
              HasSubstr("already has an incremental update"));
  EXPECT_THAT(ReadError("%PDF-1.5\nnothing here\n"), HasSubstr("no startxref"));
}

TEST(PdfObjectsTest, ObjectsThatAreNotWhereOrWhatTheTableSaysAreErrors) {
  // The catalog freed: not in use.
  std::map<int, std::string> without_catalog = TinyPdfObjects();
  without_catalog.erase(6);
  without_catalog[7] = "<< >>";
  std::string freed = TinyPdf(without_catalog);
  Result<PdfObjects> objects = PdfObjects::Read(freed);
  ASSERT_TRUE(objects.ok());
  Result<PdfObject> catalog = objects->TrailerObject("Root");
  ASSERT_FALSE(catalog.ok());
  EXPECT_THAT(catalog.error().message, HasSubstr("object 6 0 is not in use"));
  EXPECT_THAT(objects->Object({40, 0}).error().message,
              HasSubstr("not in the cross-reference table"));

  // A stream where a dictionary object should be.
  std::map<int, std::string> streamed = TinyPdfObjects();
  streamed[5] = "<< /Length 2 >>\nstream\nab\nendstream";
  std::string with_stream = TinyPdf(streamed);
  objects = PdfObjects::Read(with_stream);
  ASSERT_TRUE(objects.ok());
  EXPECT_THAT(objects->TrailerObject("Info").error().message, HasSubstr("not a plain dictionary"));

  // A table entry pointing one byte off.
  std::string shifted = TinyPdf();
  size_t entry = shifted.find("xref\n0 7\n") + 9 + 6 * 20;  // object 6's entry
  std::string moved = std::to_string(std::stoll(shifted.substr(entry, 10)) + 1);
  shifted.replace(entry, 10, std::string(10 - moved.size(), '0') + moved);
  objects = PdfObjects::Read(shifted);
  ASSERT_TRUE(objects.ok());
  EXPECT_THAT(objects->TrailerObject("Root").error().message, HasSubstr("does not begin there"));
}

TEST(PdfObjectsTest, APageTreeNodeThatIsNeitherPageNorNodeIsAnError) {
  std::map<int, std::string> broken = TinyPdfObjects();
  broken[4] = "<< /Type /Pages\n   /Count 1\n>>";  // no /Kids
  std::string pdf = TinyPdf(broken);
  Result<PdfObjects> objects = PdfObjects::Read(pdf);
  ASSERT_TRUE(objects.ok());
  EXPECT_THAT(objects->Pages().error().message, HasSubstr("neither a page nor a node"));
  broken[4] = "<< /Type /Pages\n   /Kids [ 1 0 R ]\n>>";  // a cycle
  pdf = TinyPdf(broken);
  objects = PdfObjects::Read(pdf);
  ASSERT_TRUE(objects.ok());
  EXPECT_THAT(objects->Pages().error().message, HasSubstr("too deep"));
}

}  // namespace
}  // namespace galley::render
