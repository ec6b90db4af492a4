// The EPUB 3 back end's entry point: a content model in, the bytes of a finished EPUB out
// (docs/epub.md describes the package). The same document and options always give the same
// bytes; nothing depends on the clock, the time zone or the cache.
#pragma once

#include <string>

#include "base/result.h"
#include "epub/epub_options.h"
#include "io/file_system.h"
#include "model/document.h"

namespace galley::epub {

// The EPUB's bytes. Errors point at the manuscript (missing title or language, an unusable
// language tag, an anchor used twice, page markers without a `source`) or name a file (a
// missing font, stylesheet or cover image).
Result<std::string> WriteEpub(FileSystem& fs, const model::Document& document,
                              const EpubOptions& options);

// WriteEpub, then replaces `output_path` all at once: on any error the previous file stays.
Status WriteEpubFile(FileSystem& fs, const model::Document& document, const EpubOptions& options,
                     const std::string& output_path);

}  // namespace galley::epub
