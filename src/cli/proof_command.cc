// galley proof BEFORE AFTER [--html FILE] [--fail-on-change]
// Compares two layout records (docs/layout-record.md) and says what moved in the printed book:
// the summary on stdout, optionally an HTML report (docs/proof.md). Either side may be a title
// instead (a folder or a manuscript .md), typeset now without writing anything, so that
// `galley proof out/kronstadt-21.lines.txt content/kronstadt-21` proofs an edit against the
// last build before the book is made again.
#include <memory>
#include <ostream>

#include "cli/command.h"
#include "cli/typeset_title.h"
#include "io/title_folder.h"
#include "layout/pages/layout_record.h"
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
  bool lenient = false;
};

// A manuscript (.md), or a folder holding one, is a title; anything else is a record.
bool IsTitle(const FileSystem& fs, const std::string& side) {
  return side.ends_with(".md") || fs.Exists(LocateTitle(side).manuscript);
}

Result<proof::Record> ReadSide(CommandEnv& env, const std::string& side, bool lenient) {
  if (!IsTitle(env.fs, side)) return proof::ReadRecord(env.fs, side);
  Result<TypesetTitle> typeset = ReadAndTypeset(env, side, "", lenient);
  if (!typeset.ok()) return typeset.take_error();
  return proof::ParseRecord(layout::FormatLayoutRecord(typeset->book.record),
                            side + ", typeset now");
}

int RunProof(CommandEnv& env, const ProofArgs& args) {
  Result<proof::Record> before = ReadSide(env, args.before, args.lenient);
  if (!before.ok()) return Fail(env, before.error());
  Result<proof::Record> after = ReadSide(env, args.after, args.lenient);
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
      "Compare two layout records of a book (the .lines.txt galley pdf writes beside the PDF)\n"
      "and say what moved: paragraphs re-broken, changed, added, removed or reordered, pages\n"
      "that begin or end differently, the page count, and new or fixed problems (overfull,\n"
      "underfull, loose lines, hyphen runs, widows, orphans). Either side may be a title,\n"
      "typeset now: galley proof out/kronstadt-21.lines.txt content/kronstadt-21 proofs an\n"
      "edit against the last build. The summary goes to stdout; docs/proof.md explains it.");
  command->footer(
      "\nExit codes:\n"
      "  0  compared, whether or not anything changed (unless --fail-on-change)\n"
      "  1  a record cannot be read or is malformed, a title cannot be typeset, or the report\n"
      "     cannot be written\n"
      "  2  usage error: unknown option, missing argument\n"
      "  3  the records differ and --fail-on-change was given");
  command->add_option("before", args->before,
                      "The book before the change: a layout record, or a title to typeset")
      ->required();
  command->add_option("after", args->after,
                      "The book after the change: a layout record, or a title to typeset")
      ->required();
  command->add_option("--html", args->html,
                      "Also write a self-contained HTML report, before and after side by side");
  command->add_flag("--fail-on-change", args->fail_on_change,
                    "Exit with 3 when anything in the printed book differs");
  command->add_flag("--lenient", args->lenient,
                    "For a title: allow headings that skip a level (# then ###)");
  command->callback([&env, args] { env.exit_code = RunProof(env, *args); });
}

}  // namespace galley::cli
