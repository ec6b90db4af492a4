// galley proof BEFORE.lines.txt AFTER.lines.txt [--html FILE] [--fail-on-change]
// Compares two layout records (docs/layout-record.md) and says what moved in the printed book:
// the summary on stdout, optionally an HTML report (docs/proof.md).
#include <memory>
#include <ostream>

#include "cli/command.h"
#include "proof/comparison.h"
#include "proof/html_report.h"
#include "proof/record.h"
#include "proof/summary.h"

namespace galley::cli {
namespace {

// The records differ and --fail-on-change was given: distinct from 1 (bad input) and 2
// (usage) so that a script can tell "changed" from "could not compare".
constexpr int kExitChanged = 3;

struct ProofArgs {
  std::string before;
  std::string after;
  std::string html;
  bool fail_on_change = false;
};

int RunProof(CommandEnv& env, const ProofArgs& args) {
  Result<proof::Record> before = proof::ReadRecord(env.fs, args.before);
  if (!before.ok()) return Fail(env, before.error());
  Result<proof::Record> after = proof::ReadRecord(env.fs, args.after);
  if (!after.ok()) return Fail(env, after.error());
  proof::Comparison comparison =
      proof::CompareRecords(std::move(before).value(), std::move(after).value());
  if (!args.html.empty()) {
    Status written = env.fs.WriteFileAtomically(args.html, proof::FormatHtmlReport(comparison));
    if (!written.ok()) return Fail(env, written.error());
  }
  env.out << proof::FormatSummary(comparison);
  env.out.flush();
  return args.fail_on_change && comparison.Differs() ? kExitChanged : kExitOk;
}

}  // namespace

void AddProofCommand(CLI::App& app, CommandEnv& env) {
  auto args = std::make_shared<ProofArgs>();
  CLI::App* command = app.add_subcommand(
      "proof",
      "Compare two layout records (galley pdf --record) of a book and say what moved: paragraphs\n"
      "re-broken, changed, added or removed, pages that begin or end differently, the page\n"
      "count, and new or fixed problems (overfull, underfull, loose lines, hyphen runs, widows,\n"
      "orphans). The summary goes to stdout; docs/proof.md explains it.");
  command->footer(
      "\nExit codes:\n"
      "  0  compared, whether or not anything changed (unless --fail-on-change)\n"
      "  1  a record cannot be read or is malformed, or the report cannot be written\n"
      "  2  usage error: unknown option, missing argument\n"
      "  3  the records differ and --fail-on-change was given");
  command->add_option("before", args->before, "The layout record before the change")->required();
  command->add_option("after", args->after, "The layout record after the change")->required();
  command->add_option("--html", args->html,
                      "Also write a self-contained HTML report, before and after side by side");
  command->add_flag("--fail-on-change", args->fail_on_change,
                    "Exit with 3 when anything in the printed book differs");
  command->callback([&env, args] { env.exit_code = RunProof(env, *args); });
}

}  // namespace galley::cli
