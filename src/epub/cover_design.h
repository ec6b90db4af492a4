// The typographic cover as a page frame: title, subtitle, author and publisher set in the
// book's own faces (shaped with HarfBuzz, small capitals from the font's smcp/c2sc), centred
// on a paper-coloured ground between two rules, after the plain typeset covers of 1960s
// pamphlets. render::RenderPng draws the frame; the frame alone is what tests check.
//
// The page is 400 × 640 points (1 : 1.6, the proportion retailers ask for) and is drawn at
// kCoverPixelsPerPoint, giving 1600 × 2560 pixels.
#pragma once

#include "base/result.h"
#include "fonts/font.h"
#include "frames/font_table.h"
#include "frames/page_frame.h"
#include "model/document.h"
#include "shaping/shaper.h"

namespace galley::epub {

inline constexpr double kCoverWidth = 400;
inline constexpr double kCoverHeight = 640;
inline constexpr double kCoverPixelsPerPoint = 4;

struct CoverFaces {
  const fonts::Font* regular = nullptr;
  const fonts::Font* italic = nullptr;

  // The frame's fonts by id: the regular face is 0, the italic 1.
  frames::FontFaces ById() const { return {regular, italic}; }
};

// Long titles wrap onto several lines and shrink until their longest word fits. Fails when a
// face lacks a character of the text (it would show as an empty box), with an error at the
// character's front-matter line in `manuscript` that names the font file.
Result<frames::PageFrame> CoverFrame(const model::Metadata& metadata, const CoverFaces& faces,
                                     const shaping::Shaper& shaper, const std::string& manuscript);

}  // namespace galley::epub
