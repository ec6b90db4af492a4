// A title is a folder, content/<slug>/, whose files are found by name. This is the one place
// that knows those names (docs/manuscript.md describes them).
#pragma once

#include <string>

namespace galley {

struct TitleFolder {
  std::string dir;          // "content/kronstadt-21"
  std::string slug;         // "kronstadt-21"
  std::string source;       // raw OCR text, a byte-for-byte copy of the scan's text (or a
                            // Project Gutenberg plain-text file, as downloaded)
  std::string markdown_source;  // or: an already clean Markdown text, taken as it is
  std::string corrections;  // reviewed fixes: source text → corrected text, with a reason
  std::string structure;    // editorial structure: divisions, lead-in, heading ranks
  std::string metadata;     // the book's metadata, copied into the manuscript's front matter
  std::string words;        // the title's own words: right as they are, whatever a rule guesses
  std::string manuscript;   // the clean manuscript made by `galley clean`
  std::string print_template;  // optional per-title print template override
};

// The files of the title in `dir` (trailing slashes ignored). Does not check they exist.
TitleFolder LocateTitle(const std::string& dir);

// What a command's TITLE argument names: a manuscript file (a path ending in ".md": its folder
// is the title, whatever the file is called) or a title folder.
TitleFolder LocateTitleOrManuscript(const std::string& argument);

}  // namespace galley
