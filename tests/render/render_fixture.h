// What the render tests share: EB Garamond from the project's fonts/ (one FontLibrary for the
// whole test program: Cairo caches faces by FT_Face address, see cairo_font_faces.h), frame
// items built by hand, and the PDF tools on the machine (poppler-utils, qpdf). A missing font
// or tool fails the test; nothing is skipped.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "fonts/font.h"
#include "fonts/font_library.h"
#include "frames/font_table.h"
#include "frames/page_frame.h"
#include "io/file_system.h"
#include "shaping/shaper.h"
#include "support/test_paths.h"

namespace galley::render::testing {

constexpr double kA5Width = 148.0 / 25.4 * 72.0;
constexpr double kA5Height = 210.0 / 25.4 * 72.0;

// A font from the project's fonts/, loaded once; nullptr (with a test failure) if it cannot be.
inline const fonts::Font* TestFont(const std::string& file);
// The frames' id of a test font, and the loaded fonts of every id given so far: what RenderPdf
// and RenderPng draw the test frames with.
inline uint16_t TestFontId(const fonts::Font* font);
inline const frames::FontFaces& TestFaces();
// A label as a layout would type it: "7" arabic, "iv" roman, anything else as written.
inline frames::PageLabel TestLabel(const std::string& text);
inline const fonts::Font* Garamond();        // EBGaramond12-Regular.otf
inline const fonts::Font* GaramondItalic();  // EBGaramond12-Italic.otf

// `text` shaped with `font` at `size` (kerning and ligatures on) at baseline origin (x, y);
// Text() uses Garamond.
inline frames::FrameItem TextIn(const fonts::Font* font, const std::string& text, double x,
                                double y, double size = 11);
inline frames::FrameItem Text(const std::string& text, double x, double y, double size = 11);
inline frames::FrameItem Begin(const std::string& tag);
inline frames::FrameItem End(const std::string& tag);
inline frames::FrameItem Destination(const std::string& name, double x, double y);
inline frames::FrameItem Link(const std::string& destination, double x, double y, double width,
                              double height);
inline frames::FrameItem Rule(double x0, double y0, double x1, double y1, double thickness = 1);

// An A5 page with `items`, labelled `label`.
inline frames::PageFrame Page(std::vector<frames::FrameItem> items, const std::string& label = "");

// Fixed metadata, so output is reproducible.
inline frames::PdfMetadata TestMetadata();

// Writes `bytes` to a file of this process under the test temporary directory; returns its path.
inline std::string WriteTemporary(const std::string& name, const std::string& bytes);

struct ToolRun {
  int exit_code = -1;
  std::string output;  // stdout
};
// Runs a shell command line; the test fails if the program is not installed.
inline ToolRun RunTool(const std::string& command_line);

// Definitions. Header-only because tests/CMakeLists.txt builds only *_test.cc files.

inline const fonts::Font* TestFont(const std::string& file) {
  static RealFileSystem fs;
  // One library for the whole program: Cairo may hold its fonts' FT_Faces in its caches.
  static const std::unique_ptr<fonts::FontLibrary> library = []() {
    auto created = fonts::FontLibrary::Create();
    return created.ok() ? std::move(*created) : nullptr;
  }();
  if (library == nullptr) {
    ADD_FAILURE() << "FreeType did not start";
    return nullptr;
  }
  auto loaded = library->Load(fs, galley::testing::SourceDir() + "/fonts/" + file);
  EXPECT_TRUE(loaded.ok()) << loaded.error().ToString();
  return loaded.ok() ? *loaded : nullptr;
}

inline frames::FontTable& TestFontTable() {
  static frames::FontTable table;
  return table;
}

inline uint16_t TestFontId(const fonts::Font* font) { return TestFontTable().Id(font); }

inline const frames::FontFaces& TestFaces() { return TestFontTable().faces(); }

inline frames::PageLabel TestLabel(const std::string& text) {
  bool digits = !text.empty() && text[0] != '0' &&
                text.find_first_not_of("0123456789") == std::string::npos;
  if (digits) return frames::ArabicLabel(std::stoi(text));
  static const char* const kRoman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix",
                                       "x", "xi", "xii"};
  for (int i = 0; i < 12; ++i) {
    if (text == kRoman[i]) return {frames::PageLabel::Style::kRoman, i + 1, text};
  }
  return {frames::PageLabel::Style::kNone, 0, text};
}

inline const fonts::Font* Garamond() { return TestFont("EBGaramond12-Regular.otf"); }
inline const fonts::Font* GaramondItalic() { return TestFont("EBGaramond12-Italic.otf"); }

inline frames::FrameItem TextIn(const fonts::Font* font, const std::string& text, double x,
                                double y, double size) {
  static const shaping::Shaper shaper("en");
  frames::FrameItem item{};
  item.kind = frames::FrameItem::Kind::kText;
  item.text.runs.emplace_back();
  if (font == nullptr) return item;
  shaping::ShapedRun shaped = shaper.Shape(*font, size, shaping::FeatureSet{}, text);
  item.text.text = text;
  item.text.x = x;
  item.text.y = y;
  item.text.width = shaped.width;
  frames::GlyphRunItem& run = item.text.runs[0];
  run.font = TestFontId(font);
  run.size = size;
  run.glyphs = shaped.glyphs;
  run.text = text;
  run.x = x;
  run.y = y;
  return item;
}

inline frames::FrameItem Text(const std::string& text, double x, double y, double size) {
  return TextIn(Garamond(), text, x, y, size);
}

inline frames::FrameItem Begin(const std::string& tag) {
  frames::FrameItem item{};
  item.kind = frames::FrameItem::Kind::kTagBegin;
  item.tag_begin.name = tag;
  return item;
}

inline frames::FrameItem End(const std::string& tag) {
  frames::FrameItem item{};
  item.kind = frames::FrameItem::Kind::kTagEnd;
  item.tag_end.name = tag;
  return item;
}

inline frames::FrameItem Destination(const std::string& name, double x, double y) {
  frames::FrameItem item{};
  item.kind = frames::FrameItem::Kind::kDestination;
  item.destination = {name, x, y};
  return item;
}

inline frames::FrameItem Link(const std::string& destination, double x, double y, double width,
                              double height) {
  frames::FrameItem item{};
  item.kind = frames::FrameItem::Kind::kLink;
  item.link = {x, y, width, height, destination};
  return item;
}

inline frames::FrameItem Rule(double x0, double y0, double x1, double y1, double thickness) {
  frames::FrameItem item{};
  item.kind = frames::FrameItem::Kind::kRule;
  item.rule = {frames::Role::kDecoration, x0, y0, x1, y1, thickness, {}};
  return item;
}

inline frames::PageFrame Page(std::vector<frames::FrameItem> items, const std::string& label) {
  frames::PageFrame page;
  page.width = kA5Width;
  page.height = kA5Height;
  page.label = TestLabel(label);
  page.items = std::move(items);
  return page;
}

inline frames::PdfMetadata TestMetadata() {
  return {.title = "Kronstadt 21",
          .author = "Victor Serge",
          .subject = "The Kronstadt rising of 1921",
          .keywords = "Kronstadt, 1921",
          .creator = "galley 0.1",
          .create_date = "2024-03-01T12:00:00Z",
          .mod_date = "2024-03-02T08:30:00Z"};
}

inline std::string WriteTemporary(const std::string& name, const std::string& bytes) {
  // The process id keeps concurrent test runs (ctest -j, several build trees) apart.
  std::string path =
      ::testing::TempDir() + "galley_render_" + std::to_string(getpid()) + "_" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

inline ToolRun RunTool(const std::string& command_line) {
  std::string program = command_line.substr(0, command_line.find(' '));
  int found = std::system(("command -v " + program + " >/dev/null 2>&1").c_str());
  EXPECT_EQ(found, 0) << program << " is not installed (poppler-utils and qpdf are required)";
  ToolRun run;
  if (found != 0) return run;
  FILE* pipe = popen(command_line.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  size_t read;
  while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, read);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

}  // namespace galley::render::testing
