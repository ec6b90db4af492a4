// galley build TITLE [-o DIR]: both books of a title, DIR/<slug>.epub and DIR/<slug>.pdf, and
// the PDF's layout record DIR/<slug>.lines.txt for galley proof. Given a folder of titles
// instead, it builds the whole catalogue (cli/catalogue_build.h).
// Both books and the record are staged first (the PDF and record written to their temporaries as
// they are made) and put in place as one batch (output_batch.h): any failure — a bad template, a
// folder that cannot take the record — exits 1 and leaves the earlier files of both formats as
// they were.
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <system_error>

#include "catalogue/catalogue_titles.h"
#include "cli/catalogue_build.h"

#include "cli/epub_command.h"
#include "cli/pdf_command.h"
#include "io/output_batch.h"
#include "io/output_target.h"
#include "io/title_folder.h"

namespace galley::cli {
namespace {

struct BuildRequest {
  std::string title;
  std::string output_dir = "out";
  std::string template_path;
  bool report = false;
  bool lenient = false;
  int jobs = 0;
  std::string shard;
  bool force = false;
  std::string inputs_list;  // where to write the files read, for a catalogue build
};

bool IsCatalogue(const std::string& argument) {
  std::error_code error;
  return !argument.ends_with(".md") && std::filesystem::is_directory(argument, error) &&
         !IsTitleFolder(argument);
}

int RunCatalogue(CommandEnv& env, const BuildRequest& request) {
  CatalogueRequest catalogue;
  catalogue.dir = request.title;
  catalogue.output_dir = request.output_dir;
  catalogue.template_path = request.template_path;
  catalogue.shard = request.shard;
  catalogue.jobs = request.jobs;
  catalogue.force = request.force;
  catalogue.lenient = request.lenient;
  catalogue.allow_outside = env.allow_outside;
  catalogue.terminal = isatty(STDERR_FILENO) && !env.quiet;
  return BuildCatalogue(env, catalogue);
}

// The files this build read, for the catalogue build that asked (catalogue_build.cc): a title
// is built again when one of them changes, even one outside the title folder.
Status WriteInputsList(CommandEnv& env, const std::string& path) {
  if (path.empty() || env.files_read == nullptr) return Status::Ok();
  return env.fs.WriteFileAtomically(path, env.files_read->FilesReadList());
}

int RunBuild(CommandEnv& env, const BuildRequest& request) {
  if (IsCatalogue(request.title)) return RunCatalogue(env, request);
  if (request.jobs != 0 || !request.shard.empty() || request.force) {
    return Fail(env, InputError({request.title, {}},
                                "-j, --shard and --force are for a folder of titles",
                                "give the folder that holds the title folders, such as content"));
  }
  std::string base = (std::filesystem::path(request.output_dir) /
                      LocateTitleOrManuscript(request.title).slug).string();

  EpubRequest epub;
  epub.title = request.title;
  epub.output = base + ".epub";
  epub.lenient = request.lenient;
  Result<EpubOutput> made_epub = PrepareEpub(env, epub);
  if (!made_epub.ok()) return Fail(env, made_epub.error());

  PdfRequest pdf;
  pdf.title = request.title;
  pdf.output = base + ".pdf";
  pdf.template_path = request.template_path;
  pdf.report = request.report;
  pdf.lenient = request.lenient;
  pdf.record_default = true;  // DIR/<slug>.lines.txt, for galley proof
  OutputBatch batch(env.fs);
  Status written = batch.Add(made_epub->path, made_epub->bytes);
  if (!written.ok()) return Fail(env, written.error());
  Result<PdfOutputs> made_pdf = PreparePdf(env, pdf, batch);
  if (!made_pdf.ok()) return Fail(env, made_pdf.error());
  written = batch.Commit();
  if (written.ok()) written = WriteInputsList(env, request.inputs_list);
  if (!written.ok()) return Fail(env, written.error());
  Progress(env, "wrote " + DescribeOutput(made_epub->path));
  ReportPdfWritten(env, *made_pdf);
  return kExitOk;
}

}  // namespace

void AddBuildCommand(CLI::App& app, CommandEnv& env) {
  auto request = std::make_shared<BuildRequest>();
  CLI::App* command = app.add_subcommand(
      "build",
      "Make both books of a title: <dir>/<slug>.epub and <dir>/<slug>.pdf (with its layout\n"
      "record <dir>/<slug>.lines.txt for galley proof). Given a folder of title folders, build\n"
      "every title in it, in parallel, skipping those whose inputs did not change\n"
      "(docs/scale-out.md)");
  command->add_option("title", request->title,
                      "A title folder such as content/kronstadt-21, a manuscript (.md), or a "
                      "folder of titles such as content")
      ->required();
  command->add_option("-o,--output-dir", request->output_dir, "Folder for the books")
      ->capture_default_str();
  command->add_option("--template", request->template_path,
                      "Print template (default: the title's print.template, else "
                      "templates/print/default.template)");
  command->add_flag("--report", request->report, "Print the PDF's typographic quality report");
  command->add_flag("--lenient", request->lenient, "Allow headings that skip a level");
  command->add_option("-j,--jobs", request->jobs,
                      "A folder of titles: titles built at once (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  command->add_option("--shard", request->shard,
                      "A folder of titles: build only shard I of N (I/N, 0-based), or `auto` "
                      "from Slurm's or Kubernetes' job-array variables");
  command->add_flag("--force", request->force,
                    "A folder of titles: build every title, even those that did not change");
  command->add_option("--inputs-list", request->inputs_list,
                      "Write the files the build read to this file, one a line (for catalogue "
                      "builds)")
      ->group("");  // internal: the catalogue build passes it to each title's process
  command->callback([&env, request] { env.exit_code = RunBuild(env, *request); });
}

}  // namespace galley::cli
