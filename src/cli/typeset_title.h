// Reading a title and typesetting it: what `galley pdf` does before it renders, and what
// `galley proof` does for a side given as a title rather than a layout record.
#pragma once

#include <memory>
#include <string>

#include "cli/command.h"
#include "fonts/font_library.h"
#include "io/title_folder.h"
#include "layout/pages/typeset_book.h"
#include "layout/template/font_set.h"
#include "layout/template/print_template.h"
#include "model/document.h"

namespace galley::cli {

// The book and everything its frames point into (the fonts' faces above all), kept alive
// together for as long as the frames are drawn.
struct TypesetTitle {
  TitleFolder files;
  std::string template_path;  // the template used
  std::unique_ptr<model::Document> document;
  std::unique_ptr<layout::PrintTemplate> print_template;
  std::unique_ptr<fonts::FontLibrary> library;
  std::unique_ptr<layout::FontSet> fonts;
  layout::TypesetBook book;
};

// Parses TITLE's manuscript (strict unless `lenient`), loads the template (`template_option`,
// else the title's print.template, else the default template) and its fonts, and typesets.
// Progress and the typesetter's warnings go to env.err; errors are returned, not printed.
// `spill_pages`: keep the finished pages in a temporary file, not in memory
// (layout::TypesetOptions::spill_pages).
Result<TypesetTitle> ReadAndTypeset(CommandEnv& env, const std::string& title,
                                    const std::string& template_option, bool lenient,
                                    bool spill_pages = false);

}  // namespace galley::cli
