// The print PDF's tags end to end, through the built binary and poppler's and qpdf's readings
// of the file: the title page's title is a Title element (role-mapped to H), every division's
// heading is a heading element, the contents page is a TOC of TOCI, notes are Note elements,
// and no text is drawn outside both a structure element and an /Artifact sequence (running
// heads, folios, margin numbers are artifacts).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "support/galley_process.h"
#include "support/titles.h"
#include "support/test_paths.h"

namespace galley::layout {
namespace {

using ::testing::HasSubstr;

std::string OutputOf(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return output;
  char buffer[4096];
  size_t read;
  while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, read);
  pclose(pipe);
  return output;
}

// The lines of `text`, each without its leading spaces.
std::vector<std::string> TrimmedLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    size_t text = line.find_first_not_of(' ');
    lines.push_back(text == std::string::npos ? "" : line.substr(text));
  }
  return lines;
}

class PdfStructureTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(galley::testing::GalleyBinary()))
        << galley::testing::GalleyBinary() << " is not built: build the galley target first";
    galley::testing::ProcessResult run = galley::testing::RunGalley(
        {"-q", "pdf", "content/" + GetParam(), "-o", dir_.File("b.pdf"), "--record",
         dir_.File("b.lines.txt")},
        "", {});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    pdf_ = dir_.File("b.pdf");
    structure_ = OutputOf("pdfinfo -struct-text " + pdf_ + " 2>&1");
    qdf_ = OutputOf("qpdf --qdf --object-streams=disable " + pdf_ + " - 2>&1");
    record_ = galley::testing::ReadFileOrEmpty(dir_.File("b.lines.txt"));
  }

  galley::testing::TempDir dir_;
  std::string pdf_, structure_, qdf_, record_;
};

TEST_P(PdfStructureTest, TitleHeadingsAndContentsAreTagged) {
  std::vector<std::string> lines = TrimmedLines(structure_);
  ASSERT_GE(lines.size(), 3u) << structure_;
  // The title page's title first: Title, which poppler shows by its role, H.
  EXPECT_EQ(lines[0], "Document");
  EXPECT_EQ(lines[1], "H (block)");
  EXPECT_THAT(qdf_, HasSubstr("/S /Title"));
  EXPECT_THAT(qdf_, HasSubstr("/Title /H"));  // the role map
  // Every entry of the outline (every division and section) is a heading element's text.
  // (poppler joins a heading's lines without a space, so spaces are not compared.)
  auto without_spaces = [](std::string text) {
    std::erase(text, ' ');
    return text;
  };
  std::istringstream record(record_);
  std::string line;
  int outline = 0, listed = 0;  // entries, and those the contents page lists (depth 2)
  while (std::getline(record, line)) {
    if (line.rfind("outline ", 0) != 0) continue;
    ++outline;
    listed += line.rfind("outline 1 ", 0) == 0 || line.rfind("outline 2 ", 0) == 0;
    std::string title = without_spaces(line.substr(line.find("| ") + 2));
    bool found = false;
    for (size_t i = 0; i + 1 < lines.size() && !found; ++i) {
      found = lines[i].rfind("H", 0) == 0 &&
              without_spaces(lines[i + 1]).find(title) != std::string::npos;
    }
    EXPECT_TRUE(found) << "no heading element holds \"" << title << "\"";
  }
  EXPECT_GT(outline, 1);
  // The contents: one TOC on each contents page, an item a TOCI.
  int tocs = 0, items = 0;
  for (const std::string& entry : lines) {
    tocs += entry == "TOC";
    items += entry == "TOCI";
  }
  EXPECT_GE(tocs, 1);
  EXPECT_GE(items, listed - 1);  // every listed entry but the contents page itself
}

TEST_P(PdfStructureTest, NoTextIsUntagged) {
  // In every page's content (qpdf's QDF form: one operator a line, as Cairo writes them),
  // each text-showing operator lies inside an element's marked content or an artifact.
  std::istringstream content(qdf_);
  std::string line;
  int depth = 0, shown = 0, untagged = 0;
  bool in_stream = false;
  while (std::getline(content, line)) {
    if (line == "stream") {
      in_stream = true;
      depth = 0;
    } else if (line == "endstream") {
      in_stream = false;
    } else if (in_stream) {
      if (line.ends_with("BDC") || line.ends_with("BMC")) ++depth;
      if (line.ends_with("EMC")) --depth;
      if (line.ends_with("Tj") || line.ends_with("TJ")) {
        ++shown;
        untagged += depth == 0;
      }
    }
  }
  EXPECT_GT(shown, 100);
  EXPECT_EQ(untagged, 0) << "text shown outside every structure element and artifact";
  EXPECT_THAT(qdf_, HasSubstr("/Artifact BMC"));
}

INSTANTIATE_TEST_SUITE_P(Content, PdfStructureTest,
                         ::testing::Values("kronstadt-21", "passamaquoddy-folk-lore"),
                         [](const auto& info) { return galley::testing::TestNameOf(info.param); });

TEST(PdfStructureNotesTest, NotesAreNoteElements) {
  galley::testing::TempDir dir;
  galley::testing::ProcessResult run = galley::testing::RunGalley(
      {"-q", "pdf", "content/passamaquoddy-folk-lore", "-o", dir.File("p.pdf")}, "", {});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::vector<std::string> lines =
      TrimmedLines(OutputOf("pdfinfo -struct-text " + dir.File("p.pdf")));
  int notes = 0;
  for (const std::string& line : lines) notes += line.rfind("Note ", 0) == 0;
  EXPECT_GE(notes, 33);  // the folk-lore's 33 notes, each at least one Note (one a page part)
}

}  // namespace
}  // namespace galley::layout
