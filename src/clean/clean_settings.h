// Settings for `galley clean` that live in metadata.txt beside the book's metadata but are not
// metadata: they say how to read the source and which rules to run, so they are not copied into
// the manuscript's front matter (docs/corrections.md, "metadata.txt"):
//
//   source-encoding: iso-8859-1         utf-8 (the default), iso-8859-1, iso-8859-15, windows-1252
//   source-format: gutenberg            ocr or gutenberg; by default gutenberg when the source
//                                       has Project Gutenberg's start line, else ocr
//   rules-off: run-together, accent     rules not to run for this title
//   rules-on: page-join                 rules to run that are off for the source's format
//   guesses: propose                    apply (the default for OCR) or propose (for Project
//                                       Gutenberg): whether a guessing rule may change a word
//   quotes: guillemets                  the quote style (typography/quotes.h); by default the
//                                       title's language's
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "clean/source_format.h"

namespace galley {

// A value as metadata.txt has it, with its place, so that a later check can point at it.
struct SettingWord {
  std::string text;
  int line = 0;
  int column = 0;
  std::string line_text;
};

struct CleanSettings {
  std::string source_encoding = "utf-8";  // lower case, one of the names above
  std::optional<SourceFormat> source_format;
  std::vector<SettingWord> rules_off;
  std::vector<SettingWord> rules_on;
  std::optional<bool> guesses_apply;
  std::string quotes;  // a QuoteStyle's name, checked; empty: the language's
};

// Reads the settings out of metadata.txt's `text` and blanks their lines, so that what is left
// is the front matter, with its line numbers. A bad value, or a key given twice, is an error at
// `file`:line:column.
Result<CleanSettings> TakeCleanSettings(std::string* text, const std::string& file);

}  // namespace galley
