// The sample book the PDF tests render: three hand-built pages that use every kind of frame
// item, and helpers to render and read it back.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "frames/page_frame.h"
#include "render/render_pdf.h"
#include "render_fixture.h"

namespace galley::render::testing {

// Words set one run each, 0.25 em apart, as a justified line is.
inline std::vector<frames::FrameItem> Words(const std::vector<std::string>& words, double x,
                                            double y) {
  std::vector<frames::FrameItem> items;
  for (const std::string& word : words) {
    items.push_back(Text(word, x, y));
    double width = 0;
    for (const shaping::Glyph& glyph : items.back().text.runs[0].glyphs) width += glyph.x_advance;
    x += width + 11 * 0.25;
  }
  return items;
}

inline void Append(std::vector<frames::FrameItem>& items, std::vector<frames::FrameItem> more) {
  items.insert(items.end(), more.begin(), more.end());
}

// Three pages: a heading and paragraph with a folio artifact; a section whose paragraph holds
// a link and a marginal page number; a paragraph that is a Link element with its own text.
inline frames::DocumentFrames SampleBook() {
  std::vector<frames::FrameItem> one = {Begin("H1"),
                                        Text("Kronstadt 21", 60, 100, 24),
                                        Destination("kronstadt-21", 60, 76),
                                        End("H1"),
                                        Begin("P"),
                                        Text("office hours", 60, 150),
                                        TextIn(GaramondItalic(), "affine office", 60, 190)};
  Append(one, Words({"the", "king's", "daughter"}, 60, 170));
  Append(one, {End("P"), Begin("Artifact"), Text("- 1 -", 200, 570), End("Artifact")});

  std::vector<frames::FrameItem> two = {Begin("Sect"),
                                        Begin("H2"),
                                        Text("The rising", 60, 80, 14),
                                        Destination("the-rising", 60, 66),
                                        End("H2"),
                                        Begin("P"),
                                        Text("Before", 60, 120),
                                        Link("page-6", 100, 110, 40, 12),
                                        Text("after", 150, 120),
                                        Begin("Artifact"),
                                        Text("6", 380, 140),
                                        End("Artifact"),
                                        Destination("page-6", 30, 250),
                                        Text("more", 60, 140),
                                        End("P"),
                                        End("Sect")};

  std::vector<frames::FrameItem> three = {
      Destination("second", 60, 60),  Begin("P"),  Begin("Link"), Text("see page six", 60, 100),
      Link("page-6", 60, 90, 70, 12), End("Link"), End("P"),      Rule(60, 120, 200, 120)};

  frames::DocumentFrames book;
  book.pages = {Page(one, "i"), Page(two, "ii"), Page(three, "1")};
  book.outline = {{"Kronstadt 21", 1, "kronstadt-21"},
                  {"The rising", 2, "the-rising"},
                  {"Page six", 3, "page-6"},
                  {"Second part", 1, "second"},
                  {"Deep", 3, "page-6"}};
  book.metadata = TestMetadata();
  book.language = "en";
  return book;
}

inline std::string Render(const frames::DocumentFrames& book, const PrintOptions& options = {}) {
  Result<std::string> pdf = RenderPdf(book, TestFaces(), options);
  EXPECT_TRUE(pdf.ok()) << pdf.error().ToString();
  return pdf.ok() ? *pdf : std::string();
}

// Consecutive repeats removed: Cairo may split one run into several text operators.
inline std::vector<std::string> Collapsed(std::vector<std::string> marks) {
  marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
  return marks;
}

}  // namespace galley::render::testing
