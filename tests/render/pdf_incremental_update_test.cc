// The incremental update on a small hand-made file: appended after the original bytes, with
// new versions of exactly the objects that change, a cross-reference section in subsections
// of consecutive numbers, and a trailer pointing back at the original table; qpdf reads the
// result and sees the new versions.
#include "render/pdf_incremental_update.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "render_fixture.h"
#include "tiny_pdf.h"

namespace galley::render {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace galley::render::testing;

PdfAdditions EverythingForTinyPdf() {
  PdfAdditions additions;
  additions.language = "en-GB";
  additions.creation_date = "D:20240301120000Z";
  additions.mod_date = "D:20240302083000+01'00";
  const PdfBox media{0, 0, 419.527559, 595.275591};
  additions.pages = {{media, {10, 20, 400, 580}}, {media, {1.5, 2.5, 3.5, 4.5}}};
  additions.tabs_in_structure_order = true;
  return additions;
}

std::string QpdfShow(const std::string& path, const std::string& object) {
  ToolRun run = RunTool("qpdf --show-object=" + object + " " + path);
  EXPECT_EQ(run.exit_code, 0) << object;
  return run.output;
}

TEST(PdfIncrementalUpdateTest, AppendsNewVersionsAfterTheUntouchedOriginal) {
  const std::string original = TinyPdf();
  std::string pdf = original;
  Status appended = AppendIncrementalUpdate(pdf, EverythingForTinyPdf());
  ASSERT_TRUE(appended.ok()) << appended.error().ToString();
  ASSERT_GT(pdf.size(), original.size());
  EXPECT_EQ(pdf.substr(0, original.size()), original);
  const std::string update = pdf.substr(original.size());
  const size_t offset_of_update = original.size();

  // Objects 2 and 3 (the pages), 5 (Info) and 6 (the catalog), in number order.
  auto at = [&](const std::string& what) { return offset_of_update + update.find(what); };
  ASSERT_EQ(update.find("2 0 obj\n"), 0u);
  std::string expected_xref = "xref\n2 2\n";
  char entry[21];
  for (const char* object : {"2 0 obj\n", "3 0 obj\n"}) {
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", at(object));
    expected_xref += entry;
  }
  expected_xref += "5 2\n";
  for (const char* object : {"5 0 obj\n", "6 0 obj\n"}) {
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", at(object));
    expected_xref += entry;
  }
  const size_t xref = update.find("xref\n");
  ASSERT_NE(xref, std::string::npos);
  EXPECT_EQ(update.substr(xref, expected_xref.size()), expected_xref);
  EXPECT_EQ(update.substr(xref + expected_xref.size()),
            "trailer\n<< /Size 7\n   /Root 6 0 R\n   /Info 5 0 R\n   /Prev " +
                std::to_string(original.find("xref\n")) + "\n>>\nstartxref\n" +
                std::to_string(offset_of_update + xref) + "\n%%EOF\n");
  // The new catalog keeps what it had and gains /Lang; Info's date is replaced, not doubled.
  EXPECT_THAT(update, HasSubstr("6 0 obj\n<< /Type /Catalog\n   /Pages 1 0 R\n   /Lang (en-GB)\n"
                                "   /ViewerPreferences << /DisplayDocTitle true >>\n"
                                ">>\nendobj\n"));
  EXPECT_THAT(update, HasSubstr("   /CreationDate (D:20240301120000Z)\n"
                                "   /ModDate (D:20240302083000+01'00)\n"));
  EXPECT_THAT(update, Not(HasSubstr("(20240301120000Z)")));
  // Page order, not object order: object 3 is the first page.
  EXPECT_THAT(update, HasSubstr("3 0 obj\n<< /Type /Page\n   /Parent 4 0 R\n   /Resources << >>\n"
                                "   /BleedBox [ 0 0 419.527559 595.275591 ]\n"
                                "   /TrimBox [ 10 20 400 580 ]\n   /Tabs /S\n>>"));

  std::string path = WriteTemporary("tiny_update.pdf", pdf);
  ToolRun check = RunTool("qpdf --check " + path + " 2>&1");
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_THAT(QpdfShow(path, "trailer"),
              HasSubstr("/Prev " + std::to_string(original.find("xref\n"))));
  EXPECT_THAT(QpdfShow(path, "6"), HasSubstr("/Lang (en-GB)"));
  EXPECT_THAT(QpdfShow(path, "3"), HasSubstr("/TrimBox [ 10 20 400 580 ]"));
  EXPECT_THAT(QpdfShow(path, "2"), HasSubstr("/TrimBox [ 1.5 2.5 3.5 4.5 ]"));
  ToolRun boxes = RunTool("pdfinfo -box -f 1 -l 1 " + path);
  EXPECT_TRUE(std::regex_search(boxes.output,
                                std::regex(R"(TrimBox:\s+10\.00\s+20\.00\s+400\.00\s+580\.00)")))
      << boxes.output;
  std::remove(path.c_str());
}

TEST(PdfIncrementalUpdateTest, OnlyTheObjectsThatChangeAreWritten) {
  PdfAdditions language_only;
  language_only.language = "fr";
  std::string pdf = TinyPdf();
  ASSERT_TRUE(AppendIncrementalUpdate(pdf, language_only).ok());
  std::string update = pdf.substr(TinyPdf().size());
  EXPECT_EQ(update.substr(0, update.find("trailer")),
            "6 0 obj\n<< /Type /Catalog\n   /Pages 1 0 R\n   /Lang (fr)\n"
            "   /ViewerPreferences << /DisplayDocTitle true >>\n>>\nendobj\nxref\n6 1\n" +
                [&] {
                  char entry[21];
                  std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", TinyPdf().size());
                  return std::string(entry);
                }());

  std::string untouched = TinyPdf();
  ASSERT_TRUE(AppendIncrementalUpdate(untouched, PdfAdditions{}).ok());
  EXPECT_EQ(untouched, TinyPdf()) << "nothing asked, nothing appended";
}

TEST(PdfIncrementalUpdateTest, PageLabelsGoIntoTheCatalog) {
  PdfAdditions labels_only;
  labels_only.page_labels = "<< /Nums [ 0 << /S /r >> 1 << /S /D >> ] >>";
  std::string pdf = TinyPdf();
  ASSERT_TRUE(AppendIncrementalUpdate(pdf, labels_only).ok());
  std::string update = pdf.substr(TinyPdf().size());
  EXPECT_THAT(update, HasSubstr("6 0 obj\n<< /Type /Catalog\n   /Pages 1 0 R\n"
                                "   /PageLabels << /Nums [ 0 << /S /r >> 1 << /S /D >> ] >>\n>>"));
  EXPECT_THAT(update, Not(HasSubstr("/Lang")));
  std::string path = WriteTemporary("tiny_labels.pdf", pdf);
  ToolRun labels = RunTool("qpdf --json --json-key=pagelabels " + path);
  EXPECT_EQ(labels.exit_code, 0) << labels.output;
  EXPECT_THAT(labels.output, HasSubstr("\"/S\": \"/r\""));
  EXPECT_THAT(labels.output, HasSubstr("\"index\": 1"));
  std::remove(path.c_str());
}

TEST(PdfIncrementalUpdateTest, AFileNotEndingItsLineGetsOneBeforeTheUpdate) {
  std::string original = TinyPdf();
  original.pop_back();  // "%%EOF" without its newline
  std::string pdf = original;
  PdfAdditions additions;
  additions.language = "en";
  ASSERT_TRUE(AppendIncrementalUpdate(pdf, additions).ok());
  EXPECT_EQ(pdf.substr(original.size(), 9), "\n6 0 obj\n");
  std::string path = WriteTemporary("tiny_newline.pdf", pdf);
  EXPECT_EQ(RunTool("qpdf --check " + path + " 2>&1").exit_code, 0);
  std::remove(path.c_str());
}

TEST(PdfIncrementalUpdateTest, ErrorsLeaveTheFileUnchanged) {
  PdfAdditions additions = EverythingForTinyPdf();
  additions.pages.pop_back();  // boxes for one page of two
  std::string pdf = TinyPdf();
  Status appended = AppendIncrementalUpdate(pdf, additions);
  ASSERT_FALSE(appended.ok());
  EXPECT_EQ(appended.error().kind, ErrorKind::kInternal);
  EXPECT_THAT(appended.error().message, HasSubstr("has 2 pages, but boxes were decided for 1"));
  EXPECT_EQ(pdf, TinyPdf());

  std::string hybrid = TinyPdf(TinyPdfObjects(), "   /XRefStm 9\n");
  const std::string before = hybrid;
  EXPECT_FALSE(AppendIncrementalUpdate(hybrid, EverythingForTinyPdf()).ok());
  EXPECT_EQ(hybrid, before);
}

}  // namespace
}  // namespace galley::render
