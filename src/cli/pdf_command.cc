// galley pdf TITLE [-o FILE] [--template FILE] [--report] [--record FILE] [--bleed LENGTH]
// [--marks] [--impose booklet] [--lenient] [--help-template]: the print PDF of a title,
// typeset by layout/ and drawn by render/. Errors leave any previous PDF untouched.
#include "cli/pdf_command.h"

#include <cstdlib>
#include <memory>
#include <ostream>

#include "fonts/font_library.h"
#include "io/title_folder.h"
#include "layout/font_set.h"
#include "layout/length.h"
#include "layout/quality_report.h"
#include "layout/template_reference.h"
#include "layout/typeset_book.h"
#include "manuscript/manuscript_parser.h"
#include "render/render_pdf.h"

namespace galley::cli {
namespace {

struct PdfArgs {
  PdfRequest request;
  std::string bleed;
  std::string impose;
  std::string help_template;  // "text" or "markdown"; empty: typeset
};

// --template, else the title's own print.template, else the default template from the
// working directory (the repository root) or, failing that, from the source tree.
std::string TemplatePath(const FileSystem& fs, const PdfRequest& request, const TitleFolder& files) {
  if (!request.template_path.empty()) return request.template_path;
  if (fs.Exists(files.print_template)) return files.print_template;
  const std::string local = "templates/print/default.template";
  if (fs.Exists(local)) return local;
  return layout::InstalledTemplatePath("default.template");
}

void Warn(CommandEnv& env, const Error& warning) {
  std::string text = warning.ToString();
  size_t at = text.find(": error: ");
  if (at != std::string::npos) text.replace(at, 9, ": warning: ");
  env.err << text;
}

}  // namespace

int MakePdf(CommandEnv& env, const PdfRequest& request) {
  TitleFolder files = LocateTitleOrManuscript(request.title);
  std::string output = request.output.empty() ? "out/" + files.slug + ".pdf" : request.output;
  Status options_ok = render::ValidatePrintOptions(request.print);
  if (!options_ok.ok()) return Fail(env, options_ok.error());

  Progress(env, "reading " + files.manuscript);
  manuscript::ParseOptions parse_options;
  parse_options.strict = !request.lenient;
  Result<model::Document> document =
      manuscript::LoadManuscript(env.fs, files.manuscript, parse_options);
  if (!document.ok()) return Fail(env, document.error());

  std::string template_path = TemplatePath(env.fs, request, files);
  Result<layout::PrintTemplate> print_template = layout::LoadPrintTemplate(env.fs, template_path);
  if (!print_template.ok()) return Fail(env, print_template.error());
  Result<std::unique_ptr<fonts::FontLibrary>> library = fonts::FontLibrary::Create();
  if (!library.ok()) return Fail(env, library.error());
  Result<layout::FontSet> fonts = layout::LoadTemplateFonts(**library, env.fs, *print_template);
  if (!fonts.ok()) return Fail(env, fonts.error());

  Progress(env, "typesetting with " + template_path);
  layout::TypesetOptions options;
  Result<std::optional<int64_t>> epoch = SourceDateEpoch();
  if (!epoch.ok()) return Fail(env, epoch.error());
  options.source_date_epoch = *epoch;
  Result<layout::TypesetBook> book =
      layout::TypesetDocument(*document, *print_template, *fonts, options);
  if (!book.ok()) return Fail(env, book.error());
  for (const Error& warning : book->warnings) Warn(env, warning);

  Progress(env, "rendering " + std::to_string(book->frames.pages.size()) + " pages");
  Result<std::string> pdf = render::RenderPdf(book->frames, request.print);
  if (!pdf.ok()) return Fail(env, pdf.error());
  if (!request.record.empty()) {
    Status written = env.fs.WriteFileAtomically(request.record,
                                                layout::FormatLayoutRecord(book->record));
    if (!written.ok()) return Fail(env, written.error());
  }
  Status written = env.fs.WriteFileAtomically(output, *pdf);
  if (!written.ok()) return Fail(env, written.error());
  if (request.report) {
    env.out << layout::FormatQualityReport(layout::MeasureQuality(book->record));
    env.out.flush();
  }
  Progress(env, "wrote " + output + " (" + std::to_string(book->frames.pages.size()) +
                    " pages, " + std::to_string(pdf->size() / 1024) + " KB)");
  return kExitOk;
}

namespace {

int RunPdf(CommandEnv& env, PdfArgs& args) {
  if (!args.help_template.empty()) {
    if (args.help_template != "text" && args.help_template != "markdown") {
      env.err << "galley pdf: --help-template: '" << args.help_template
              << "' is not known; use text or markdown\n";
      return kExitUsage;
    }
    env.out << (args.help_template == "markdown" ? layout::TemplateReferenceMarkdown()
                                                 : layout::TemplateReferenceText());
    env.out.flush();
    return kExitOk;
  }
  if (args.request.title.empty()) {
    env.err << "galley pdf: a title folder is required (e.g. galley pdf content/kronstadt-21)\n"
               "Run with --help for more information.\n";
    return kExitUsage;
  }
  if (!args.bleed.empty()) {
    std::optional<layout::Length> bleed = layout::ParseLength(args.bleed);
    if (!bleed || bleed->unit == layout::LengthUnit::kEm) {
      env.err << "galley pdf: --bleed: '" << args.bleed
              << "' is not a length; write e.g. 3mm or 9pt\n";
      return kExitUsage;
    }
    args.request.print.bleed = bleed->ToPoints(0);
  }
  if (!args.impose.empty()) {
    if (args.impose != "booklet") {
      env.err << "galley pdf: --impose: '" << args.impose << "' is not known; use booklet\n";
      return kExitUsage;
    }
    args.request.print.imposition = render::PrintOptions::Imposition::kBooklet;
  }
  return MakePdf(env, args.request);
}

}  // namespace

void AddPdfCommand(CLI::App& app, CommandEnv& env) {
  auto args = std::make_shared<PdfArgs>();
  CLI::App* command = app.add_subcommand(
      "pdf",
      "Typeset a title into a print-ready PDF: Knuth-Plass line breaking with hyphenation,\n"
      "page makeup without widows or orphans, running heads, folios, the original's page\n"
      "numbers in the margin, bookmarks, links and a tagged structure.");
  command->add_option("title", args->request.title,
                      "The title folder, e.g. content/kronstadt-21 (or its manuscript .md)");
  command->add_option("-o,--output", args->request.output,
                      "Where to write the PDF (default: out/<slug>.pdf)");
  command->add_option("--template", args->request.template_path,
                      "Print template (default: TITLE/print.template if present, else "
                      "templates/print/default.template)");
  command->add_flag("--report", args->request.report,
                    "Print the typographic quality report (per page and overall) on stdout");
  command->add_option("--record", args->request.record,
                      "Also write the layout record (every line's breaks) to this file");
  command->add_option("--bleed", args->bleed, "Bleed around each page, e.g. 3mm");
  command->add_flag("--marks", args->request.print.crop_marks, "Crop marks outside the bleed");
  command->add_option("--impose", args->impose,
                      "Impose for printing: 'booklet' (saddle-stitch 2-up on A4)");
  command->add_flag("--lenient", args->request.lenient,
                    "Allow headings that skip a level (# then ###)");
  command->add_flag("--help-template{text}", args->help_template,
                    "List every print template key with its type, default and meaning; "
                    "--help-template=markdown prints the table in docs/templates.md");
  command->callback([&env, args] { env.exit_code = RunPdf(env, *args); });
}

}  // namespace galley::cli
