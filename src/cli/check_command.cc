// `galley check BOOK.epub`: the built-in EPUB checks (src/check, docs/checks.md). Prints each
// finding with its place, then "N errors"; exits 1 when there is any.
#include <memory>
#include <ostream>

#include "check/epub_checker.h"
#include "cli/command.h"

namespace galley::cli {
namespace {

int RunCheck(CommandEnv& env, const std::string& path) {
  Result<check::CheckReport> report = check::CheckEpubFile(env.fs, path);
  if (!report.ok()) return Fail(env, report.error());
  for (const check::Finding& finding : report->findings) {
    env.out << finding.error.ToString();
  }
  size_t count = report->findings.size();
  env.out << count << (count == 1 ? " error" : " errors") << "\n";
  env.out.flush();
  return count == 0 ? kExitOk : kExitFailure;
}

}  // namespace

void AddCheckCommand(CLI::App& app, CommandEnv& env) {
  CLI::App* command = app.add_subcommand(
      "check",
      "Check an EPUB without Java: container and mimetype, manifest, spine, links and\n"
      "fragments, ids, page-list order, language and accessibility claims, metadata");
  auto path = std::make_shared<std::string>();
  command->add_option("book", *path, "The EPUB file to check")->required();
  command->callback([&env, path] { env.exit_code = RunCheck(env, *path); });
}

}  // namespace galley::cli
