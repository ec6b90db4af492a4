#include "cli/proof_page_images.h"

#include <filesystem>

#include "cli/command.h"
#include "render/render_png.h"

namespace galley::cli {

namespace {

// A record names its fonts by the paths they were loaded from, often relative to where
// `galley pdf` ran (fonts/EBGaramond12-Regular.otf). Proofed from elsewhere, a font not found
// there is looked for among the shipped fonts by its file name; its digest is checked either
// way, so only the very font the book was set in is used.
Result<frames::FontFaces> LoadFaces(const std::vector<frames::FontRef>& refs,
                                    fonts::FontLibrary& library, const FileSystem& fs) {
  std::vector<frames::FontRef> found = refs;
  for (frames::FontRef& ref : found) {
    if (fs.Exists(ref.file)) continue;
    std::string shipped =
        ShippedFile(fs, "fonts/" + std::filesystem::path(ref.file).filename().string());
    if (fs.Exists(shipped)) ref.file = shipped;
  }
  return frames::LoadFontFaces(found, library, fs);
}

}  // namespace

Result<std::unique_ptr<ProofPageImages>> ProofPageImages::Create(
    const frames::DocumentFrames& before, const frames::DocumentFrames& after,
    const FileSystem& fs) {
  std::unique_ptr<ProofPageImages> images(new ProofPageImages(before, after));
  Result<std::unique_ptr<fonts::FontLibrary>> library = fonts::FontLibrary::Create();
  if (!library.ok()) return library.take_error();
  images->library_ = std::move(library).value();
  Result<frames::FontFaces> before_faces = LoadFaces(before.fonts, *images->library_, fs);
  if (!before_faces.ok()) return before_faces.take_error();
  images->before_faces_ = std::move(before_faces).value();
  Result<frames::FontFaces> after_faces = LoadFaces(after.fonts, *images->library_, fs);
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
