// `galley pdf`, callable from other commands (`galley build` makes the PDF through MakePdf).
#pragma once

#include <string>

#include "cli/command.h"
#include "io/output_batch.h"
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

// A PDF made and staged but not yet in place, with its layout record and quality report.
struct PdfOutputs {
  std::string pdf_path;
  size_t pdf_bytes = 0;
  std::string record_path;  // empty: no record
  std::string report;       // empty unless asked for
  size_t pages = 0;
};

// Typesets and renders into `batch`: the PDF and its record are written to their temporaries
// as they are made (never whole in memory), and nothing is in place until the batch is
// committed (galley build adds the EPUB to the same batch). Errors are returned, not printed;
// the batch then discards what was staged.
Result<PdfOutputs> PreparePdf(CommandEnv& env, const PdfRequest& request, OutputBatch& batch);

// After the batch is committed: the quality report on stdout (if asked for) and progress.
void ReportPdfWritten(CommandEnv& env, const PdfOutputs& made);

// Typesets and renders; on any error prints it, leaves the output untouched and returns 1.
int MakePdf(CommandEnv& env, const PdfRequest& request);

}  // namespace galley::cli
