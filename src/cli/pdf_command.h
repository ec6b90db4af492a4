// `galley pdf`, callable from other commands (`galley build` makes the PDF through MakePdf).
#pragma once

#include <string>

#include "cli/command.h"
#include "render/print_options.h"

namespace galley::cli {

struct PdfRequest {
  std::string title;          // a title folder (content/<slug>) or a manuscript .md file
  std::string output;         // default: out/<slug>.pdf
  std::string template_path;  // default: the title's print.template, else the default template
  bool report = false;        // print the quality report on stdout
  std::string record;         // write the layout record here when set
  bool record_default = false;  // …or beside the PDF (<output>.lines.txt); `record` then unused
  render::PrintOptions print;
  bool lenient = false;
};

// Typesets and renders; on any error prints it, leaves the output untouched and returns 1.
int MakePdf(CommandEnv& env, const PdfRequest& request);

}  // namespace galley::cli
