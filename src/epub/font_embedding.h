// The fonts embedded in the book: each face the text uses, subset with hb-subset
// (fonts::SubsetFont) to the characters it shows, so that a reading system sets the book in
// its own face at a fraction of the size (EB Garamond Regular: 422 KB → about 20 KB). Not
// obfuscated: the OFL allows embedding, and obfuscation only hides fonts from tools.
//
// Subsetting is the slow part of a build, so subsets are cached by a hash of the font file,
// the code points and kSubsetDesign.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "epub/content_cache.h"
#include "epub/epub_options.h"
#include "epub/text_coverage.h"
#include "io/file_system.h"

namespace galley::epub {

struct EmbeddedFont {
  std::string href;        // relative to the package document: "fonts/EBGaramond12-Regular.otf"
  std::string media_type;  // "font/otf" (EPUB 3.3 §3.2, core media types)
  std::string family;
  bool italic = false;
  bool bold = false;
  std::string bytes;
};

// Characters every subset keeps whatever the text holds: printable ASCII, the no-break space,
// the soft hyphen and the hyphen, which reading systems insert (hyphenation, list numbers).
const std::vector<char32_t>& AlwaysEmbeddedCodePoints();

// Regular and italic always, bold when the text uses it. Fails, naming the file, when a font
// is missing or unreadable.
Result<std::vector<EmbeddedFont>> EmbedFonts(const FileSystem& fs, const FontFiles& files,
                                             const TextCoverage& coverage, ContentCache* cache);

}  // namespace galley::epub
