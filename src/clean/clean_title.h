// `galley clean`'s library entry: a title folder's source and reviewed inputs → the clean
// manuscript and the review of every change. Nothing is written here; the caller writes the
// manuscript (atomically) and the report.
//
// The order (docs/corrections.md, "What galley clean does"): read metadata.txt (its clean
// settings apart) and the source, in its encoding; leave out Project Gutenberg's frame; apply
// corrections.tsv and structure.tsv's drops; classify lines (noise, stray numbers, folios, scene
// breaks, headings, list items, illustrations, notes) into blocks; link notes; join paragraphs
// split by a page break; normalise heading levels; apply structure.tsv; the rules that guess
// words, behind their gate; typography (ellipses, dashes, ranges, quotes); the spelling report;
// write the manuscript with metadata.txt as its front matter. A Markdown source (source.md) is
// taken as it is: only corrections apply.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "clean/metadata_file.h"
#include "clean/review.h"
#include "io/file_system.h"
#include "io/title_folder.h"

namespace galley {

struct CleanOptions {
  // Where hunspell dictionaries are: <dir>/<language>.aff and .dic, language from metadata.txt.
  std::string dictionary_dir = "/usr/share/hunspell";
  // Called as each stage ends, with its name ("read", "dictionary", "lines", "blocks",
  // "structure", "guesses", "typography", "report", "write"): for progress and for the
  // benchmark's split of the time (bench/clean_bench.cc). May be empty.
  std::function<void(std::string_view stage)> stage_done;
};

struct CleanResult {
  std::string manuscript;
  Review review;
  // A Markdown source's manuscript is its text after the front matter: manuscript line
  // N + markdown_line_offset is source.md's line N (0 for other sources).
  int markdown_line_offset = 0;
  // The metadata.txt entries the manuscript's front matter was written from, in order:
  // manuscript line N + 2 is entry N. An error the manuscript parser finds in a value is named
  // at the value in metadata.txt.
  std::vector<MetadataEntry> metadata;
};

// Errors (bad bytes in the source's encoding, a malformed or unmatched correction, a bad
// structure directive or anchor, a bad metadata line or setting, a word list entry the text
// lacks, a missing dictionary) name the file, line and column.
Result<CleanResult> CleanTitle(const FileSystem& fs, const TitleFolder& title,
                               const CleanOptions& options = {});

}  // namespace galley
