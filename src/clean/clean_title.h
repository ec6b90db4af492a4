// `galley clean`'s library entry: a title folder's raw OCR text and reviewed inputs → the clean
// manuscript and the review of every change. Nothing is written here; the caller writes the
// manuscript (atomically) and the report.
//
// The order (docs/corrections.md, "What galley clean does"): read and normalise the source;
// apply corrections.tsv; classify lines (noise, stray numbers, folios, scene breaks, headings)
// into blocks; join paragraphs split by a page break; normalise heading levels; apply
// structure.tsv; the dictionary rules (run-together words, misplaced hyphens, misreadings of
// frequent words, dropped accents); typography (ellipses, dashes, ranges, quotes); the spelling
// report; write the manuscript with metadata.txt as its front matter.
#pragma once

#include <string>

#include "base/result.h"
#include "clean/review.h"
#include "io/file_system.h"
#include "io/title_folder.h"

namespace galley {

struct CleanOptions {
  // Where hunspell dictionaries are: <dir>/<language>.aff and .dic, language from metadata.txt.
  std::string dictionary_dir = "/usr/share/hunspell";
};

struct CleanResult {
  std::string manuscript;
  Review review;
};

// Errors (bad UTF-8, a malformed or unmatched correction, a bad structure directive or anchor,
// a bad metadata line, a missing dictionary) name the file, line and column.
Result<CleanResult> CleanTitle(const FileSystem& fs, const TitleFolder& title,
                               const CleanOptions& options = {});

}  // namespace galley
