// galley proof BEFORE AFTER [--html FILE] [--fail-on-change] [--template FILE]
//                            [--before-template FILE]
// Compares two layout records (docs/layout-record.md) and says what moved in the printed book:
// the summary on stdout, optionally an HTML report (docs/proof.md). Either side may be a title
// instead (a folder or a manuscript .md), typeset now without writing anything, so that
// `galley proof out/kronstadt-21.lines.txt content/kronstadt-21` proofs an edit against the
// last build before the book is made again. When a side is an EPUB, the two EPUBs are compared
// instead (epub_proof.h), a title's made in memory.
#include <memory>
#include <ostream>

#include "cli/command.h"
#include "cli/epub_proof.h"
#include "cli/proof_page_images.h"
#include "cli/proof_side.h"
#include "cli/typeset_title.h"
#include "frames/record_reader.h"
#include "proof/comparison.h"
#include "proof/html_report.h"
#include "proof/record.h"
#include "proof/source_trace.h"
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
  std::string before_template, after_template;  // for a side that is a title
  bool fail_on_change = false;
  bool lenient = false;
};

// A record of format 2 is read back into frames; one of format 1 has its lines only.
Result<proof::ProofBook> ReadRecordSide(CommandEnv& env, const std::string& path, bool glyphs) {
  Result<std::string> text = ReadTextFile(env.fs, path);
  if (!text.ok()) return text.take_error();
  std::string_view body = *text;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  if (!frames::LooksLikeRecord(body)) {
    Result<proof::Record> record = proof::ParseRecord(body, path);
    if (!record.ok()) return record.take_error();
    return proof::ProofBook{std::move(record).value(), std::nullopt};
  }
  frames::RecordReadOptions options;
  options.glyphs = glyphs;  // only the page images need them
  Result<frames::DocumentFrames> read = frames::ParseRecord(body, path, options);
  if (!read.ok()) return read.take_error();
  proof::ProofBook book;
  book.record = proof::RecordFromFrames(*read, path);
  book.frames = std::move(read).value();
  return book;
}

Result<proof::ProofBook> ReadSide(CommandEnv& env, const ProofSide& side,
                                  const std::string& template_option, bool lenient, bool glyphs) {
  if (side.kind != ProofSideKind::kTitle) return ReadRecordSide(env, side.path, glyphs);
  Result<TypesetTitle> typeset = ReadAndTypeset(env, side.path, template_option, lenient);
  if (!typeset.ok()) return typeset.take_error();
  std::string name = side.path + ", typeset now";
  if (!template_option.empty()) name += " with " + template_option;
  proof::ProofBook book;
  book.record = proof::RecordFromFrames(typeset->book.frames, name);
  book.frames = std::move(typeset->book.frames);
  return book;
}

// A title's corrections.tsv, structure.tsv and source.ocr.txt, those it has: what its text
// changes are traced back to.
proof::TitleSources ReadTitleSources(const FileSystem& fs, const std::string& path) {
  TitleFolder folder = LocateTitleOrManuscript(path);
  proof::TitleSources sources;
  sources.corrections_path = folder.corrections;
  sources.structure_path = folder.structure;
  sources.source_path = folder.source;
  for (auto [file, text] : {std::pair{&folder.corrections, &sources.corrections},
                            std::pair{&folder.structure, &sources.structure},
                            std::pair{&folder.source, &sources.source}}) {
    if (!fs.Exists(*file)) continue;
    Result<std::string> read = fs.ReadFile(*file);
    if (read.ok()) *text = std::move(read).value();
  }
  return sources;
}

// --template and --before-template name the template a title is typeset with; a record was
// set already.
bool TemplateFitsSide(CommandEnv& env, const ProofSide& side, const std::string& option,
                      const char* flag) {
  if (option.empty() || side.kind == ProofSideKind::kTitle) return true;
  env.err << "galley proof: " << flag << " is for a side given as a title; " << side.path
          << " is a layout record or an EPUB, already set\n";
  return false;
}

// With frames on both sides the report draws the changed spreads; a record of format 1 has
// only its lines.
Result<std::string> HtmlReport(CommandEnv& env, const proof::Comparison& comparison) {
  if (!comparison.before_frames || !comparison.after_frames) {
    return proof::FormatHtmlReport(comparison);
  }
  Result<std::unique_ptr<ProofPageImages>> images =
      ProofPageImages::Create(*comparison.before_frames, *comparison.after_frames, env.fs);
  if (!images.ok()) return images.take_error();
  return proof::FormatHtmlReport(comparison, **images);
}

int RunProof(CommandEnv& env, const ProofArgs& args) {
  Result<ProofSide> before_side = ClassifyProofSide(env.fs, args.before);
  if (!before_side.ok()) return Fail(env, before_side.error());
  Result<ProofSide> after_side = ClassifyProofSide(env.fs, args.after);
  if (!after_side.ok()) return Fail(env, after_side.error());
  if (before_side->kind == ProofSideKind::kEpub || after_side->kind == ProofSideKind::kEpub) {
    if (!args.html.empty()) {
      env.err << "galley proof: --html reports on the printed book; an EPUB proof prints its "
                 "summary only\n";
      return kExitUsage;
    }
    return RunEpubProof(env, std::move(before_side).value(), std::move(after_side).value(),
                        {args.fail_on_change, args.lenient});
  }
  if (!TemplateFitsSide(env, *before_side, args.before_template, "--before-template") ||
      !TemplateFitsSide(env, *after_side, args.after_template, "--template")) {
    return kExitUsage;
  }
  bool glyphs = !args.html.empty();
  Result<proof::ProofBook> before =
      ReadSide(env, *before_side, args.before_template, args.lenient, glyphs);
  if (!before.ok()) return Fail(env, before.error());
  Result<proof::ProofBook> after =
      ReadSide(env, *after_side, args.after_template, args.lenient, glyphs);
  if (!after.ok()) return Fail(env, after.error());
  proof::Comparison comparison =
      proof::CompareBooks(std::move(before).value(), std::move(after).value());
  if (const ProofSide* title = after_side->kind == ProofSideKind::kTitle    ? &*after_side
                               : before_side->kind == ProofSideKind::kTitle ? &*before_side
                                                                            : nullptr) {
    proof::TraceChanges(ReadTitleSources(env.fs, title->path), &comparison);
  }
  if (!args.html.empty()) {
    Result<std::string> report = HtmlReport(env, comparison);
    if (!report.ok()) return Fail(env, report.error());
    Status written = env.fs.WriteFileAtomically(args.html, *report);
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
      "edit against the last build, and galley proof TITLE TITLE --template edited.template\n"
      "proofs a template edit (running heads, folios, contents page numbers, title page and\n"
      "margin references, style and template keys are compared too). Given EPUBs (galley\n"
      "proof OLD.epub NEW.epub, or an EPUB and a title, whose EPUB is made in memory), it\n"
      "compares the ebooks instead: content\n"
      "documents with word diffs per chapter, navigation, metadata and every other file.\n"
      "The summary goes to stdout; docs/proof.md explains it.");
  command->footer(
      "\nExit codes:\n"
      "  0  compared, whether or not anything changed (unless --fail-on-change)\n"
      "  1  a record or EPUB cannot be read or is malformed, a file is neither a record, a\n"
      "     title nor an EPUB, a title cannot be typeset, or the report cannot be written\n"
      "  2  usage error: unknown option, missing argument\n"
      "  3  the books differ and --fail-on-change was given");
  command->add_option("before", args->before,
                      "The book before the change: a layout record, a title to typeset, or an EPUB")
      ->required();
  command->add_option("after", args->after,
                      "The book after the change: a layout record, a title to typeset, or an EPUB")
      ->required();
  command->add_option("--html", args->html,
                      "Also write a self-contained HTML report, before and after side by side");
  command->add_option("--template", args->after_template,
                      "Typeset the AFTER title with this print template (proof a template edit)");
  command->add_option("--before-template", args->before_template,
                      "Typeset the BEFORE title with this print template");
  command->add_flag("--fail-on-change", args->fail_on_change,
                    "Exit with 3 when anything in the printed book differs");
  command->add_flag("--lenient", args->lenient,
                    "For a title: allow headings that skip a level (# then ###)");
  command->callback([&env, args] { env.exit_code = RunProof(env, *args); });
}

}  // namespace galley::cli
