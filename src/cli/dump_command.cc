// `galley dump MANUSCRIPT [--lenient]`: parses a manuscript and prints its content model as
// JSON (model/json_dump.h) on stdout, for review and golden tests. MANUSCRIPT is a .md file
// or a title folder, whose manuscript.md is used.
#include <memory>
#include <ostream>

#include "cli/command.h"
#include "io/title_folder.h"
#include "manuscript/manuscript_parser.h"
#include "model/json_dump.h"

namespace galley::cli {
namespace {

struct DumpOptions {
  std::string manuscript;
  bool lenient = false;
};

int RunDump(CommandEnv& env, const DumpOptions& options) {
  manuscript::ParseOptions parse_options;
  parse_options.strict = !options.lenient;
  TitleFolder title = LocateTitleOrManuscript(options.manuscript);
  KeepInputsInside(env, title);
  Result<model::Document> document =
      manuscript::LoadManuscript(env.fs, title.manuscript, parse_options);
  if (!document.ok()) return Fail(env, document.error());
  env.out << model::DumpJson(*document);
  env.out.flush();
  return kExitOk;
}

}  // namespace

void AddDumpCommand(CLI::App& app, CommandEnv& env) {
  CLI::App* command = app.add_subcommand(
      "dump",
      "Print a manuscript's content model as JSON: metadata, divisions, sections, blocks,\n"
      "inlines and notes, each with its source range (line:col-line:col)");
  auto options = std::make_shared<DumpOptions>();
  command->add_option("manuscript", options->manuscript,
                      "The manuscript (.md), or a title folder such as content/kronstadt-21")
      ->required();
  command->add_flag("--lenient", options->lenient,
                    "Allow headings that skip a level (# then ###)");
  command->callback([&env, options] { env.exit_code = RunDump(env, *options); });
}

}  // namespace galley::cli
