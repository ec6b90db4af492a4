// RenderPdf end to end: frames built by hand, the PDF read back with poppler-utils and qpdf.
#include "render/render_pdf.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "pdf_inspection.h"
#include "render_fixture.h"
#include "sample_book.h"

namespace galley::render {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using namespace galley::render::testing;

TEST(RenderPdfTest, TextCopiesOutAsTheTextWithLigaturesAndSpaces) {
  // EB Garamond's italic sets "ffi" as one glyph (uniFB03); its regular sets "ff" and "fi" as
  // contextual glyph pairs (f._f, f._i), one glyph per letter.
  frames::FrameItem italic = TextIn(GaramondItalic(), "office", 0, 0);
  ASSERT_EQ(italic.text.runs[0].glyphs.size(), 4u) << "the italic should set the ffi ligature";
  PdfInspection pdf("text", Render(SampleBook()));
  std::string page_one = pdf.Text(1, 1);
  EXPECT_THAT(page_one, HasSubstr("Kronstadt 21"));
  EXPECT_THAT(page_one, HasSubstr("office hours"));
  EXPECT_THAT(page_one, HasSubstr("the king's daughter"));
  EXPECT_THAT(page_one, HasSubstr("affine office"));
  EXPECT_THAT(page_one, Not(HasSubstr("\xEF\xAC")));  // U+FB00..FB06, ligatures themselves
  EXPECT_THAT(pdf.Text(3, 3), HasSubstr("see page six"));
}

TEST(RenderPdfTest, FontsAreEmbeddedAsSubsetsWithToUnicode) {
  PdfInspection pdf("fonts", Render(SampleBook()));
  ToolRun fonts = RunTool("pdffonts " + pdf.path());
  ASSERT_EQ(fonts.exit_code, 0);
  std::istringstream lines(fonts.output);
  std::string line;
  std::getline(lines, line);  // header
  std::getline(lines, line);  // ----
  int count = 0;
  while (std::getline(lines, line)) {
    ++count;
    EXPECT_THAT(line, HasSubstr("EBGaramond"));
    EXPECT_THAT(line, Not(HasSubstr("Type 3")));
    // name type encoding emb sub uni object ID
    std::regex columns(R"((\S+)\s+(\S+)\s+(\S+)\s+\d+\s+\d+\s*$)");
    std::smatch match;
    ASSERT_TRUE(std::regex_search(line, match, columns)) << line;
    EXPECT_EQ(match[1], "yes") << "embedded: " << line;
    EXPECT_EQ(match[2], "yes") << "subset: " << line;
    EXPECT_EQ(match[3], "yes") << "ToUnicode: " << line;
  }
  EXPECT_GE(count, 1);
}

TEST(RenderPdfTest, IsTaggedWithOneDocumentElement) {
  PdfInspection pdf("tagged", Render(SampleBook()));
  EXPECT_EQ(pdf.Info("Tagged"), "yes");
  EXPECT_THAT(pdf.qdf(), HasSubstr("/StructTreeRoot"));
  EXPECT_THAT(pdf.qdf(), HasSubstr("/MarkInfo"));
  EXPECT_EQ(pdf.ObjectsWith("/S /Document\n").size(), 1u);
  EXPECT_EQ(pdf.ObjectsWith("/S /H1\n").size(), 1u);
  EXPECT_EQ(pdf.ObjectsWith("/S /H2\n").size(), 1u);
  EXPECT_EQ(pdf.ObjectsWith("/S /Sect\n").size(), 1u);
  EXPECT_EQ(pdf.ObjectsWith("/S /P\n").size(), 3u);
  EXPECT_EQ(pdf.ObjectsWith("/S /Link\n").size(), 2u);
  // The paragraph on page 2 holds a link and an artifact: its own words go into three Spans.
  EXPECT_EQ(pdf.ObjectsWith("/S /Span\n").size(), 3u);
}

TEST(RenderPdfTest, EveryWordIsMarkedContentAndArtifactsAreNot) {
  PdfInspection pdf("marks", Render(SampleBook()));
  std::vector<std::string> pages = pdf.PageContents();
  ASSERT_EQ(pages.size(), 3u);
  // Page 1: heading, paragraph, then the folio outside every element, marked an artifact.
  EXPECT_THAT(Collapsed(TextMarks(pages[0])), ElementsAre("H1", "P", "Artifact"));
  // Page 2: the paragraph's words in Spans around the link, the marginal "6" an artifact.
  EXPECT_THAT(Collapsed(TextMarks(pages[1])), ElementsAre("H2", "Span", "Artifact", "Span"));
  // Page 3: the Link element's own text.
  EXPECT_THAT(Collapsed(TextMarks(pages[2])), ElementsAre("Link"));
}

TEST(RenderPdfTest, NamedDestinationsAndLinks) {
  PdfInspection pdf("links", Render(SampleBook()));
  std::vector<std::string> dests = pdf.ObjectsWith("(page-6)\n");
  ASSERT_FALSE(dests.empty()) << "no named destination page-6";
  std::smatch match;
  // Destination at (30, 250) from the top-left: /XYZ 30, height − 250.
  std::regex xyz(R"(\(page-6\)\s*\[\s*\d+ 0 R\s*/XYZ\s*([\d.]+)\s*([\d.]+))");
  ASSERT_TRUE(std::regex_search(dests[0], match, xyz)) << dests[0];
  EXPECT_NEAR(std::stod(match[1]), 30, 0.01);
  EXPECT_NEAR(std::stod(match[2]), kA5Height - 250, 0.01);
  for (const char* name : {"(kronstadt-21)", "(the-rising)", "(second)"}) {
    EXPECT_THAT(dests[0], HasSubstr(name));
  }
  std::vector<std::string> links = pdf.ObjectsWith("/Subtype /Link");
  ASSERT_EQ(links.size(), 2u);
  for (const std::string& link : links) EXPECT_THAT(link, HasSubstr("/Dest (page-6)"));
  // The standalone link on page 2: x 100..140, y 110..122 from the top.
  std::regex rect(R"(/Rect \[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\])");
  std::vector<std::string> page_two_links;
  for (const std::string& link : links) {
    if (std::regex_search(link, match, rect) && std::stod(match[1]) == 100) {
      EXPECT_NEAR(std::stod(match[2]), kA5Height - 122, 1);
      EXPECT_NEAR(std::stod(match[3]), 140, 1);
      page_two_links.push_back(link);
    }
  }
  EXPECT_EQ(page_two_links.size(), 1u);
}

TEST(RenderPdfTest, OutlineIsNestedByLevel) {
  PdfInspection pdf("outline", Render(SampleBook()));
  EXPECT_FALSE(pdf.ObjectsWith("/Type /Outlines").empty());
  auto parent_title = [&pdf](const std::string& title) -> std::string {
    std::vector<std::string> entries;  // outline items; the Info dictionary has a /Title too
    for (const std::string& object : pdf.ObjectsWith("/Title (" + title + ")")) {
      if (object.find("/Parent") != std::string::npos) entries.push_back(object);
    }
    EXPECT_EQ(entries.size(), 1u) << title;
    if (entries.empty()) return "?";
    std::string parent = pdf.Referenced(entries[0], "/Parent");
    std::smatch match;
    if (std::regex_search(parent, match, std::regex(R"(/Title \(([^)]*)\))"))) return match[1];
    return parent.find("/Type /Outlines") != std::string::npos ? "(root)" : "?";
  };
  EXPECT_EQ(parent_title("Kronstadt 21"), "(root)");
  EXPECT_EQ(parent_title("The rising"), "Kronstadt 21");
  EXPECT_EQ(parent_title("Page six"), "The rising");
  EXPECT_EQ(parent_title("Second part"), "(root)");
  EXPECT_EQ(parent_title("Deep"), "Second part");  // level 3 straight after level 1
  std::vector<std::string> entries = pdf.ObjectsWith("/Title (The rising)");
  ASSERT_FALSE(entries.empty());
  EXPECT_THAT(entries[0], HasSubstr("/Dest (the-rising)"));
}

TEST(RenderPdfTest, PageLabelsComeFromTheFrames) {
  PdfInspection pdf("labels", Render(SampleBook()));
  std::vector<std::string> catalogs = pdf.ObjectsWith("/Type /Catalog");
  ASSERT_EQ(catalogs.size(), 1u);
  // Collapse QDF's one-token-per-line layout.
  std::string catalog = std::regex_replace(catalogs[0], std::regex(R"(\s+)"), " ");
  EXPECT_THAT(catalog, HasSubstr("/PageLabels << /Nums [ 0 << /S /r >> 2 << /S /D >> ] >>"));
}

// Cairo 1.16 wrote "/Nums [ ]" for labels 1, 2, 3…: the tree must start at index 0.
TEST(RenderPdfTest, DefaultNumberingStillLabelsTheFirstPage) {
  frames::DocumentFrames book = SampleBook();
  for (size_t i = 0; i < book.pages.size(); ++i) {
    book.pages[i].label = frames::ArabicLabel(static_cast<int>(i) + 1);
  }
  PdfInspection pdf("default-labels", Render(book));
  std::string catalog = std::regex_replace(pdf.ObjectsWith("/Type /Catalog").at(0),
                                           std::regex(R"(\s+)"), " ");
  EXPECT_THAT(catalog, HasSubstr("/PageLabels << /Nums [ 0 << /S /D >> ] >>"));
}

TEST(RenderPdfTest, MetadataIsSetWithTheGivenDates) {
  PdfInspection pdf("metadata", Render(SampleBook()));
  EXPECT_EQ(pdf.Info("Title"), "Kronstadt 21");
  EXPECT_EQ(pdf.Info("Author"), "Victor Serge");
  EXPECT_EQ(pdf.Info("Subject"), "The Kronstadt rising of 1921");
  EXPECT_EQ(pdf.Info("Keywords"), "Kronstadt, 1921");
  EXPECT_EQ(pdf.Info("Creator"), "galley 0.1");
  EXPECT_THAT(pdf.Info("CreationDate"), HasSubstr("2024-03-01T12:00:00"));
  EXPECT_THAT(pdf.Info("ModDate"), HasSubstr("2024-03-02T08:30:00"));
  EXPECT_EQ(pdf.Info("Pages"), "3");
}

TEST(RenderPdfTest, SameFramesGiveTheSameBytes) {
  std::string first = Render(SampleBook());
  std::string second = Render(SampleBook());
  ASSERT_FALSE(first.empty());
  EXPECT_TRUE(first == second) << "two renderings differ";
  frames::DocumentFrames later = SampleBook();
  later.metadata.create_date = "2025-01-01T00:00:00Z";
  EXPECT_FALSE(Render(later) == first) << "the creation date should reach the file";
}

TEST(RenderPdfTest, PagesAreTheirFrameSize) {
  frames::DocumentFrames book = SampleBook();
  book.pages[2].width = 500;
  book.pages[2].height = 700;
  PdfInspection pdf("size", Render(book));
  EXPECT_THAT(pdf.Info("Page size"), HasSubstr("419.528 x 595.276 pts"));
  ToolRun boxes = RunTool("pdfinfo -box -f 3 -l 3 " + pdf.path());
  EXPECT_THAT(boxes.output, HasSubstr("Page    3 MediaBox:      0.00     0.00   500.00   700.00"));
}

TEST(RenderPdfTest, RefusesALinkToAMissingDestination) {
  frames::DocumentFrames book = SampleBook();
  book.pages[0].items.push_back(Link("page-99", 0, 0, 10, 10));
  Result<std::string> pdf = RenderPdf(book, TestFaces(), {});
  ASSERT_FALSE(pdf.ok());
  EXPECT_THAT(pdf.error().message, HasSubstr("page 1 of the frames: link to \"page-99\""));
}

TEST(RenderPdfTest, RefusesABookmarkToAMissingDestination) {
  frames::DocumentFrames book = SampleBook();
  book.outline.push_back({"Lost", 1, "nowhere"});
  Result<std::string> pdf = RenderPdf(book, TestFaces(), {});
  ASSERT_FALSE(pdf.ok());
  EXPECT_THAT(pdf.error().message, HasSubstr("bookmark \"Lost\" points at \"nowhere\""));
}

TEST(RenderPdfTest, RefusesDuplicateAndUnsafeDestinationNames) {
  frames::DocumentFrames book = SampleBook();
  book.pages[2].items.push_back(Destination("page-6", 0, 0));
  ASSERT_FALSE(RenderPdf(book, TestFaces(), {}).ok());
  EXPECT_THAT(RenderPdf(book, TestFaces(), {}).error().message, HasSubstr("\"page-6\" is defined twice"));
  book = SampleBook();
  book.pages[2].items.push_back(Destination("it's (6)", 0, 0));
  ASSERT_FALSE(RenderPdf(book, TestFaces(), {}).ok());
  EXPECT_THAT(RenderPdf(book, TestFaces(), {}).error().message, HasSubstr("has characters other than"));
}

TEST(RenderPdfTest, RefusesAMissingOrMalformedCreationDate) {
  frames::DocumentFrames book = SampleBook();
  book.metadata.create_date.clear();
  ASSERT_FALSE(RenderPdf(book, TestFaces(), {}).ok());
  EXPECT_THAT(RenderPdf(book, TestFaces(), {}).error().message, HasSubstr("no creation date"));
  book.metadata.create_date = "1 March 2024";
  ASSERT_FALSE(RenderPdf(book, TestFaces(), {}).ok());
  EXPECT_THAT(RenderPdf(book, TestFaces(), {}).error().message,
              HasSubstr("\"1 March 2024\" is not of the form"));
}

TEST(RenderPdfTest, RefusesBadFramesBeforeDrawing) {
  frames::DocumentFrames book = SampleBook();
  book.pages[1].items.push_back(Begin("Artefact"));
  book.pages[1].items.push_back(End("Artefact"));
  Result<std::string> pdf = RenderPdf(book, TestFaces(), {});
  ASSERT_FALSE(pdf.ok());
  EXPECT_THAT(pdf.error().message, HasSubstr("page 2 of the frames: tag \"Artefact\""));

  book = SampleBook();
  book.pages[0].items.push_back(Text("x", 0, 0));
  book.pages[0].items.back().text.runs[0].font = 999;  // no loaded font has this id
  pdf = RenderPdf(book, TestFaces(), {});
  ASSERT_FALSE(pdf.ok());
  EXPECT_THAT(pdf.error().message, HasSubstr("a glyph run has no font"));
}

// A sink that keeps Cairo's bytes, and fails once it holds more than `limit` of them (a disk
// that fills up while the book is written).
class LimitedSink : public PdfSink {
 public:
  explicit LimitedSink(size_t limit) : limit_(limit) {}
  Status Append(std::string_view bytes) override {
    ++appends_;
    if (bytes_.size() + bytes.size() > limit_) {
      return IoError("book.pdf", "cannot be written: No space left on device");
    }
    bytes_.append(bytes);
    return Status::Ok();
  }
  Result<std::string_view> Written() override { return std::string_view(bytes_); }
  const std::string& bytes() const { return bytes_; }
  int appends() const { return appends_; }

 private:
  size_t limit_;
  std::string bytes_;
  int appends_ = 0;
};

// galley pdf streams the PDF into its temporary file (issue 10, "bounded memory"): the same bytes
// as RenderPdf's, Cairo's in many pieces and the update read back from them and appended.
TEST(RenderPdfTest, RenderedIntoASinkItIsTheSamePdf) {
  Result<std::string> whole = RenderPdf(SampleBook(), TestFaces(), {});
  ASSERT_TRUE(whole.ok());
  LimitedSink sink(SIZE_MAX);
  Status rendered = RenderPdfTo(SampleBook(), TestFaces(), {}, sink);
  ASSERT_TRUE(rendered.ok()) << rendered.error().ToString();
  EXPECT_EQ(sink.bytes(), *whole);
  EXPECT_GT(sink.appends(), 10);
}

// galley pdf lets each page's frame go once it is in the PDF: the same bytes, pages emptied.
TEST(RenderPdfTest, ReleasingPagesAsTheyAreDrawnGivesTheSamePdf) {
  Result<std::string> whole = RenderPdf(SampleBook(), TestFaces(), {});
  ASSERT_TRUE(whole.ok());
  frames::DocumentFrames book = SampleBook();
  LimitedSink sink(SIZE_MAX);
  Status rendered = RenderPdfReleasingPages(book, TestFaces(), {}, sink);
  ASSERT_TRUE(rendered.ok()) << rendered.error().ToString();
  EXPECT_EQ(sink.bytes(), *whole);
  for (const frames::PageFrame& page : book.pages) {
    EXPECT_TRUE(page.items.empty()) << "page " << page.number;
    EXPECT_FALSE(page.label.text.empty()) << "what the update needs is kept";
  }
}

TEST(RenderPdfTest, ASinkThatFailsStopsTheRenderingWithItsError) {
  LimitedSink sink(2000);
  Status rendered = RenderPdfTo(SampleBook(), TestFaces(), {}, sink);
  ASSERT_FALSE(rendered.ok());
  EXPECT_THAT(rendered.error().message, HasSubstr("No space left on device"));
}

}  // namespace
}  // namespace galley::render
