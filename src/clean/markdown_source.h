// A title whose text is already clean Markdown (source.md: CommonMark with footnotes, lists,
// block quotes and hard line breaks for verse, and Galley's tags, docs/manuscript.md): it is
// taken as it is. corrections.tsv still applies (a line it empties stays, so that the
// manuscript's lines are source.md's); no other rule runs; the review lists the corrections,
// the words neither the dictionary nor words.txt knows and the typewriter punctuation the text
// would be printed with (typewriter_marks.h). The manuscript is metadata.txt's front
// matter and then source.md's text.
#pragma once

#include <vector>

#include "base/result.h"
#include "clean/clean_title.h"
#include "clean/corrections.h"
#include "clean/metadata_file.h"
#include "clean/source_text.h"
#include "clean/spell_checker.h"
#include "clean/structure_file.h"
#include "clean/title_words.h"

namespace galley {

// `lines` are source.md's, read and normalised. A source.md with front matter of its own, or a
// structure.tsv with directives (a Markdown text writes its own structure), is an error.
Result<CleanResult> CleanMarkdownSource(const TitleFolder& title,
                                        const std::vector<MetadataEntry>& metadata,
                                        const std::vector<Correction>& corrections,
                                        const std::vector<StructureDirective>& structure,
                                        const TitleWords& words, std::vector<SourceLine> lines,
                                        const SpellChecker& dictionary);

}  // namespace galley
