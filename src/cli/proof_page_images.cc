#include "cli/proof_page_images.h"

#include "render/render_png.h"

namespace galley::cli {

Result<std::unique_ptr<ProofPageImages>> ProofPageImages::Create(
    const frames::DocumentFrames& before, const frames::DocumentFrames& after,
    const FileSystem& fs) {
  std::unique_ptr<ProofPageImages> images(new ProofPageImages(before, after));
  Result<std::unique_ptr<fonts::FontLibrary>> library = fonts::FontLibrary::Create();
  if (!library.ok()) return library.take_error();
  images->library_ = std::move(library).value();
  Result<frames::FontFaces> before_faces =
      frames::LoadFontFaces(before.fonts, *images->library_, fs);
  if (!before_faces.ok()) return before_faces.take_error();
  images->before_faces_ = std::move(before_faces).value();
  Result<frames::FontFaces> after_faces = frames::LoadFontFaces(after.fonts, *images->library_, fs);
  if (!after_faces.ok()) return after_faces.take_error();
  images->after_faces_ = std::move(after_faces).value();
  return images;
}

Result<std::string> ProofPageImages::Png(bool after, int page) {
  const frames::DocumentFrames& frames = after ? after_ : before_;
  return render::RenderPng(frames.pages.at(static_cast<size_t>(page - 1)),
                           after ? after_faces_ : before_faces_, kPixelsPerPoint);
}

}  // namespace galley::cli
