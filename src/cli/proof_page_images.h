// The page images `galley proof --html` embeds, drawn on demand with render/'s RenderPng from
// each side's frames and fonts (loaded again from the files the frames name, their digests
// checked), so the report shows exactly what each build prints and only the pages it shows
// are drawn.
#pragma once

#include <memory>

#include "fonts/font_library.h"
#include "frames/font_table.h"
#include "frames/page_frame.h"
#include "io/file_system.h"
#include "proof/page_images.h"

namespace galley::cli {

class ProofPageImages : public proof::PageImages {
 public:
  // Loads the fonts of both sides' frames; the frames must outlive this.
  static Result<std::unique_ptr<ProofPageImages>> Create(const frames::DocumentFrames& before,
                                                         const frames::DocumentFrames& after,
                                                         const FileSystem& fs);

  Result<std::string> Png(bool after, int page) override;
  double pixels_per_point() const override { return kPixelsPerPoint; }

 private:
  // 1.5 pixels a point (108 dpi): body type readable, a pamphlet page about 80 KB of PNG.
  static constexpr double kPixelsPerPoint = 1.5;

  ProofPageImages(const frames::DocumentFrames& before, const frames::DocumentFrames& after)
      : before_(before), after_(after) {}

  const frames::DocumentFrames& before_;
  const frames::DocumentFrames& after_;
  std::unique_ptr<fonts::FontLibrary> library_;
  frames::FontFaces before_faces_, after_faces_;
};

}  // namespace galley::cli
