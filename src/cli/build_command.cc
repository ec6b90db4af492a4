// galley build TITLE [-o DIR]: both books of a title, DIR/<slug>.epub and DIR/<slug>.pdf, and
// the PDF's layout record DIR/<slug>.lines.txt for galley proof.
// The EPUB is made first; the first failure stops the build (with exit code 1) and leaves
// the earlier files of both formats as they were.
#include <filesystem>
#include <memory>

#include "cli/epub_command.h"
#include "cli/pdf_command.h"
#include "io/title_folder.h"

namespace galley::cli {
namespace {

struct BuildRequest {
  std::string title;
  std::string output_dir = "out";
  std::string template_path;
  bool report = false;
  bool lenient = false;
};

int RunBuild(CommandEnv& env, const BuildRequest& request) {
  std::string base = (std::filesystem::path(request.output_dir) / LocateTitleOrManuscript(request.title).slug).string();

  EpubRequest epub;
  epub.title = request.title;
  epub.output = base + ".epub";
  epub.lenient = request.lenient;
  int status = MakeEpub(env, epub);
  if (status != kExitOk) return status;

  PdfRequest pdf;
  pdf.title = request.title;
  pdf.output = base + ".pdf";
  pdf.template_path = request.template_path;
  pdf.report = request.report;
  pdf.lenient = request.lenient;
  pdf.record_default = true;  // DIR/<slug>.lines.txt, for galley proof
  return MakePdf(env, pdf);
}

}  // namespace

void AddBuildCommand(CLI::App& app, CommandEnv& env) {
  auto request = std::make_shared<BuildRequest>();
  CLI::App* command = app.add_subcommand(
      "build",
      "Make both books of a title: <dir>/<slug>.epub and <dir>/<slug>.pdf (with its layout\n"
      "record <dir>/<slug>.lines.txt for galley proof)");
  command->add_option("title", request->title,
                      "A title folder such as content/kronstadt-21, or a manuscript (.md)")
      ->required();
  command->add_option("-o,--output-dir", request->output_dir, "Folder for the books")
      ->capture_default_str();
  command->add_option("--template", request->template_path,
                      "Print template (default: the title's print.template, else "
                      "templates/print/default.template)");
  command->add_flag("--report", request->report, "Print the PDF's typographic quality report");
  command->add_flag("--lenient", request->lenient, "Allow headings that skip a level");
  command->callback([&env, request] { env.exit_code = RunBuild(env, *request); });
}

}  // namespace galley::cli
