// Which of a font's Cairo faces draws each glyph, so that Cairo's PDF font subsets can give
// every common glyph a one-byte code.
//
// Cairo 1.16 puts a glyph that stands for one WinAnsi character into a "Latin" subset, where
// the character itself is the glyph's code, and every other glyph into a CID subset with
// two-byte codes. A Latin subset has room for one glyph per character, and the first glyph drawn
// for a character takes it: when a title page in small capitals comes first, its small "e"
// takes "e", the body's ordinary "e" goes to the CID subset, and every body line switches fonts
// (a Tf operator and a new TJ array) around every e, i, c, l… — in the 740-page long book,
// 690 000 font switches and 18 MB of content streams (5.5 MB with the faces below).
//
// Cairo keys its subsets by font face, so a font drawn through several faces gets a Latin
// subset per face (cairo_font_faces.h). SubsetFaces gives each glyph that shows one character a
// face number: 0 to the glyph the frames use most often for that character, 1 to the next, and
// so on (small capitals, old-style or lining figures), so that within one face each character
// has one glyph. A character with only one glyph (the space, most punctuation) fits in any
// face, so it never splits a run. Running text then stays in face 0: one font and one TJ
// array a line.
#pragma once

#include <cairo.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "frames/page_frame.h"
#include "render/cairo_font_faces.h"

namespace galley::render {

class SubsetFaces {
 public:
  // Faces per font: a character with more glyphs than this shares the last face's subsets,
  // where Cairo gives the extra glyphs two-byte codes (correct, only longer).
  static constexpr int kMaxFaces = CairoFontFaces::kMaxFacesPerFont;
  // The face of a glyph that is its character's only glyph, or that was never counted.
  static constexpr int kAnyFace = -1;

  // Every glyph in face 0.
  SubsetFaces() = default;
  // Counts the glyphs of every glyph run in `pages`.
  static SubsetFaces ForPages(const std::vector<frames::PageFrame>& pages);

  // The glyphs counted page by page, for a pass over a spilled book's pages (read back one at
  // a time, frames/page_reader.h) that does other work too.
  class Counter {
   public:
    Counter();
    ~Counter();
    void CountPage(const frames::PageFrame& page);
    SubsetFaces Faces() const;

   private:
    struct Uses;
    std::unique_ptr<Uses> uses_;
  };

  int FaceOf(uint16_t font, uint32_t glyph) const { return FacesOf(font).Of(glyph); }

  // One font's faces by glyph id, for looking up many glyphs of one run.
  class FontFaces {
   public:
    int Of(uint32_t glyph) const {
      return faces_ != nullptr && glyph < faces_->size() ? (*faces_)[glyph] : kAnyFace;
    }

   private:
    friend class SubsetFaces;
    const std::vector<int8_t>* faces_ = nullptr;
  };
  FontFaces FacesOf(uint16_t font) const {
    FontFaces faces;
    auto found = faces_.find(font);
    if (found != faces_.end()) faces.faces_ = &found->second;
    return faces;
  }

 private:
  std::map<uint16_t, std::vector<int8_t>> faces_;  // by font id, then by glyph id
};

// A stretch of a Cairo glyph run (cairo_glyph_run.h) drawn with one face: its glyphs, clusters
// and text bytes, as offsets into the run's arrays.
struct FaceRange {
  int face = 0;
  int glyph_begin = 0, glyph_count = 0;
  int cluster_begin = 0, cluster_count = 0;
  int text_begin = 0, text_length = 0;
};

// Splits a run, whose `clusters` map `text` to `glyphs`, into maximal ranges of one face. Only
// a cluster of one glyph for one character has a face of its own; the others (a ligature, a
// base with its mark: Cairo gives them two-byte codes anyway) join the range they are in, as
// do glyphs of kAnyFace. A run with no face of its own, or without clusters, is face 0.
std::vector<FaceRange> SplitByFace(const SubsetFaces& faces, uint16_t font,
                                   std::string_view text,
                                   const std::vector<cairo_glyph_t>& glyphs,
                                   const std::vector<cairo_text_cluster_t>& clusters);

}  // namespace galley::render
