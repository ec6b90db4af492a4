// What the EPUB writer reads besides the model. Paths are read through the caller's
// FileSystem; relative ones are relative to the working directory (the project's root when
// run as `galley epub content/<slug>`).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace galley::epub {

// The text faces embedded in the book (SIL Open Font License: embedding and subsetting are
// allowed, and the subsets keep the licence in their name table). Bold is embedded only when
// the text has strong emphasis.
struct FontFiles {
  std::string family = "EB Garamond";  // the name book.css's font-family rules use
  std::string regular = "fonts/EBGaramond12-Regular.otf";
  std::string italic = "fonts/EBGaramond12-Italic.otf";
  std::string bold = "fonts/EBGaramond12-Bold.otf";
};

struct EpubOptions {
  FontFiles fonts;
  std::string stylesheet = "templates/epub/book.css";
  // A cover image (PNG or JPEG) to use instead of the typographic cover Galley draws.
  std::string cover_image;
  // Where slow results (font subsets, the drawn cover) are kept between builds; empty: nowhere.
  std::string cache_dir;
  // SOURCE_DATE_EPOCH (reproducible-builds.org): the package's modification time. Without it,
  // the manuscript's `date` at 00:00:00 UTC.
  std::optional<int64_t> source_date_epoch;
};

}  // namespace galley::epub
