// What kind of text a title's source is, which decides how its lines are read and which rules
// run by default (docs/corrections.md, "Sources"):
//  - OCR text (source.ocr.txt): a scan's text, with its folios, noise and misreadings;
//  - a Project Gutenberg plain-text file (source.ocr.txt holding the download as it is): a
//    proofread transcription inside Project Gutenberg's header, licence and footer, with
//    `_italics_`, `[Illustration: …]` and `[1]`/`[Footnote 1: …]` notes;
//  - clean Markdown (source.md): taken as it is.
#pragma once

#include <optional>
#include <string_view>

namespace galley {

enum class SourceFormat { kOcr, kGutenberg, kMarkdown };

// "ocr", "gutenberg", "markdown": as metadata.txt's `source-format` and the report name them.
std::string_view SourceFormatName(SourceFormat format);

// The format called `name` ("ocr" or "gutenberg"; Markdown is chosen by the file's name).
std::optional<SourceFormat> ParseSourceFormat(std::string_view name);

}  // namespace galley
