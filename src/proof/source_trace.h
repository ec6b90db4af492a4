// For a cleaned title (docs/corrections.md), the lines of its editor's files behind a text
// change: the corrections.tsv line whose replacement brought the new words in (or whose
// source text held the old ones), the structure.tsv line whose anchor names the paragraph, and
// the source.ocr.txt line where the text stands as scanned. So an editor sees at once whether
// a change came from a correction, from the structure file or from the manuscript itself.
//
// Lines are found by their words, not their bytes: a manuscript has typographic quotes and
// dashes and joined hyphens that the OCR source lacks, so both sides are read as lower-case
// letters and digits, and a line matches when it holds the words in order, one after another.
#pragma once

#include <string>
#include <vector>

#include "proof/comparison.h"

namespace galley::proof {

// A title's reviewed inputs and its source, as text; a file the title lacks is empty.
struct TitleSources {
  std::string corrections_path, structure_path, source_path;
  std::string corrections, structure, source;
};

// The lines behind change `change` (text changed, added or removed), at most one per file.
std::vector<SourceLine> TraceChange(const TitleSources& sources, const Comparison& comparison,
                                    const ParagraphChange& change);

// Fills ParagraphChange::behind of every text change, added and removed paragraph.
void TraceChanges(const TitleSources& sources, Comparison* comparison);

}  // namespace galley::proof
