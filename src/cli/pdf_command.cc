// galley pdf TITLE [-o FILE] [--template FILE] [--report] [--record FILE | --no-record]
// [--bleed LENGTH] [--marks] [--impose booklet] [--lenient] [--help-template]: the print PDF
// of a title, typeset by layout/ and drawn by render/, and its layout record beside it. Bad
// input leaves any previous PDF and record untouched; each file is written whole or not at all.
#include "cli/pdf_command.h"

#include <cstdlib>
#include <memory>
#include <ostream>

#include "cli/progress_line.h"
#include "cli/typeset_title.h"
#include "frames/record_writer.h"
#include "io/output_batch.h"
#include "io/output_target.h"
#include "io/output_writer.h"
#include "layout/template/length.h"
#include "layout/template/template_reference.h"
#include "quality/quality_report.h"
#include "render/pdf_sink.h"
#include "render/render_pdf.h"

namespace galley::cli {
namespace {

struct PdfArgs {
  PdfRequest request;
  std::string bleed;
  std::string impose;
  std::string help_template;  // "text" or "markdown"; empty: typeset
  bool no_record = false;
};

// Beside the PDF, for `galley proof`: out/kronstadt-21.pdf → out/kronstadt-21.lines.txt.
std::string DefaultRecordPath(const std::string& pdf) {
  const std::string extension = ".pdf";
  bool has_extension = pdf.size() > extension.size() && pdf.ends_with(extension);
  return (has_extension ? pdf.substr(0, pdf.size() - extension.size()) : pdf) + ".lines.txt";
}

// Cairo's bytes into the PDF's staged temporary, and read back from it for the update; each
// sheet drawn moves the progress line on.
class StagedPdfSink : public render::PdfSink {
 public:
  StagedPdfSink(OutputWriter& writer, ProgressLine& line) : writer_(writer), line_(line) {}
  Status Append(std::string_view bytes) override { return writer_.Write(bytes); }
  Result<std::string_view> Written() override { return writer_.Written(); }
  void SheetDrawn(int drawn, int sheets) override {
    line_.Show("rendering: page " + std::to_string(drawn) + " of " + std::to_string(sheets));
  }

 private:
  OutputWriter& writer_;
  ProgressLine& line_;
};

}  // namespace

Result<PdfOutputs> PreparePdf(CommandEnv& env, const PdfRequest& request, OutputBatch& batch) {
  Status options_ok = render::ValidatePrintOptions(request.print);
  if (!options_ok.ok()) return options_ok.take_error();
  // A book's finished pages wait in a temporary file until they are recorded, measured and
  // drawn, so that they are never all in memory.
  Result<TypesetTitle> typeset = ReadAndTypeset(env, request.title, request.template_path,
                                                request.lenient, /*spill_pages=*/true);
  if (!typeset.ok()) return typeset.take_error();
  // The model is not needed to record or draw the frames: let it go before Cairo's work begins.
  typeset->document.reset();
  layout::TypesetBook& book = typeset->book;
  PdfOutputs made;
  made.pages = book.frames.pages.size();
  made.pdf_path = request.output.empty() ? "out/" + typeset->files.slug + ".pdf" : request.output;

  // The record and the report first: drawing the PDF frees each page once it is drawn.
  // A record goes beside a file; standard output or a device has no folder to put it in.
  made.record_path = request.record_default
                         ? (HasFolderBeside(made.pdf_path) ? DefaultRecordPath(made.pdf_path) : "")
                         : request.record;
  if (!made.record_path.empty()) {
    Result<OutputWriter*> record = batch.Open(made.record_path);
    if (!record.ok()) return record.take_error();
    GALLEY_RETURN_IF_ERROR(frames::WriteRecord(
        book.frames, [&record](std::string_view text) { return (*record)->Write(text); }));
  }
  if (request.report) {
    Result<quality::QualityReport> report = quality::MeasureQualityPageByPage(book.frames);
    if (!report.ok()) return report.take_error();
    made.report = quality::FormatQualityReport(*report);
  }

  Progress(env, "rendering " + std::to_string(made.pages) + " pages");
  Result<OutputWriter*> pdf = batch.Open(made.pdf_path);
  if (!pdf.ok()) return pdf.take_error();
  ProgressLine line(env.err, env.terminal && !env.quiet);
  StagedPdfSink sink(**pdf, line);
  GALLEY_RETURN_IF_ERROR(
      render::RenderPdfReleasingPages(book.frames, book.faces, request.print, sink));
  line.Clear();
  made.pdf_bytes = (*pdf)->size();
  return made;
}

void ReportPdfWritten(CommandEnv& env, const PdfOutputs& made) {
  if (!made.report.empty()) {
    env.out << made.report;
    env.out.flush();
  }
  Progress(env, "wrote " + DescribeOutput(made.pdf_path) + " (" + std::to_string(made.pages) +
                    " pages, " + std::to_string(made.pdf_bytes / 1024) + " KB)");
}

int MakePdf(CommandEnv& env, const PdfRequest& request) {
  // The PDF and its record together: a record that cannot be written leaves the old PDF too.
  OutputBatch batch(env.fs);
  Result<PdfOutputs> made = PreparePdf(env, request, batch);
  if (!made.ok()) return Fail(env, made.error());
  Status written = batch.Commit();
  if (!written.ok()) return Fail(env, written.error());
  ReportPdfWritten(env, *made);
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
  if (args.no_record && !args.request.record.empty()) {
    env.err << "galley pdf: --record and --no-record contradict each other\n";
    return kExitUsage;
  }
  if (args.request.output == "-" && args.request.report) {
    env.err << "galley pdf: --report and -o - would both write to standard output; "
               "write the PDF to a file\n";
    return kExitUsage;
  }
  args.request.record_default = args.request.record.empty() && !args.no_record;
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
                      "Where to write the PDF (default: out/<slug>.pdf; - for standard output; a "
                      "device or FIFO is written to, not replaced)");
  command->add_option("--template", args->request.template_path,
                      "Print template (default: TITLE/print.template if present, else "
                      "templates/print/default.template)");
  command->add_flag("--report", args->request.report,
                    "Print the typographic quality report (per page and overall) on stdout");
  command->add_option("--record", args->request.record,
                      "Where to write the layout record, every line's breaks, for galley proof "
                      "(default: beside the PDF, <output>.lines.txt)");
  command->add_flag("--no-record", args->no_record, "Write no layout record");
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
