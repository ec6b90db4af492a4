// galley clean TITLE_DIR [-o FILE] [--report FILE]: the clean manuscript from a title's source
// (OCR text, a Project Gutenberg file, or clean Markdown) and reviewed inputs, plus the review
// report (docs/corrections.md).
#include <algorithm>
#include <memory>

#include "clean/clean_title.h"
#include "clean/review_report.h"
#include "cli/command.h"
#include "io/output_batch.h"
#include "io/title_folder.h"
#include "manuscript/manuscript_parser.h"

namespace galley::cli {
namespace {

struct CleanArgs {
  std::string title_dir;
  std::string output;  // default: the title's manuscript.md
  std::string report;  // default: stderr
};

// Where a front-matter value at `pos` of the manuscript was written in metadata.txt: the
// manuscript's line 2 is the first entry, written `key: value`.
SourceLocation MetadataOrigin(const CleanResult& result, SourcePos pos, const std::string& file) {
  if (pos.line < 2 || static_cast<size_t>(pos.line - 2) >= result.metadata.size()) {
    return {file, {}};
  }
  const MetadataEntry& entry = result.metadata[static_cast<size_t>(pos.line - 2)];
  int value_column = static_cast<int>(entry.key.size()) + 3;
  return {file, {entry.value_at.line,
                 entry.value_at.column + std::max(0, pos.column - value_column)}};
}

// `message` with each place it names in `file` ("… (at songs/source.md:18:1) …", a heading
// before, a label's first use) moved up by `offset` lines, as the error's own place is.
std::string MoveNamedPlaces(std::string message, const std::string& file, int offset) {
  const std::string named = file + ":";
  for (size_t at = message.find(named); at != std::string::npos;
       at = message.find(named, at + named.size())) {
    size_t digits = at + named.size();
    size_t end = message.find_first_not_of("0123456789", digits);
    if (end == digits || end == std::string::npos || message[end] != ':') continue;
    int line = std::stoi(message.substr(digits, end - digits));
    if (line <= offset) continue;
    message.replace(digits, end - digits, std::to_string(line - offset));
  }
  return message;
}

// A Markdown source is taken as it is, so its mistakes are found before the manuscript is
// written, and named at their line of source.md rather than of the manuscript.
Status CheckMarkdownManuscript(const TitleFolder& title, const CleanResult& result) {
  Result<model::Document> parsed =
      manuscript::ParseManuscript(result.manuscript, title.markdown_source);
  if (parsed.ok()) return Status::Ok();
  Error error = parsed.error();
  error.message =
      MoveNamedPlaces(error.message, title.markdown_source, result.markdown_line_offset);
  if (error.where.file == title.markdown_source &&
      error.where.pos.line > result.markdown_line_offset) {
    error.where.pos.line -= result.markdown_line_offset;
  } else if (error.where.file == title.markdown_source) {
    error.where = MetadataOrigin(result, error.where.pos, title.metadata);
  }
  return error;
}

int RunClean(CommandEnv& env, const CleanArgs& args) {
  TitleFolder title = LocateTitle(args.title_dir);
  KeepInputsInside(env, title);
  bool markdown = env.fs.Exists(title.markdown_source);
  Progress(env, "cleaning " + (markdown ? title.markdown_source : title.source));
  Result<CleanResult> result = CleanTitle(env.fs, title);
  if (!result.ok()) return Fail(env, result.error());
  if (markdown) {
    Status checked = CheckMarkdownManuscript(title, *result);
    if (!checked.ok()) return Fail(env, checked.error());
  }

  std::string output = args.output.empty() ? title.manuscript : args.output;
  std::string report = FormatReview(result->review);
  // The manuscript and its review together: a report that cannot be written leaves the old
  // manuscript, so the two never disagree.
  OutputBatch batch(env.fs);
  Status written = batch.Add(output, result->manuscript);
  if (written.ok() && !args.report.empty()) written = batch.Add(args.report, report);
  if (written.ok()) written = batch.Commit();
  if (!written.ok()) return Fail(env, written.error());
  if (args.report.empty()) {
    env.err << report;
    env.err.flush();
  }
  Progress(env, "wrote " + output + " (" + std::to_string(result->review.changes.size()) +
                    " changes, " + std::to_string(result->review.doubts.size()) + " doubts, " +
                    std::to_string(result->review.unknown_words.size()) + " unknown words)");
  return kExitOk;
}

}  // namespace

void AddCleanCommand(CLI::App& app, CommandEnv& env) {
  auto args = std::make_shared<CleanArgs>();
  CLI::App* command = app.add_subcommand(
      "clean",
      "Make a title's clean manuscript from its source (OCR text or a Project Gutenberg file in\n"
      "source.ocr.txt, or clean Markdown in source.md) and the editor's corrections.tsv,\n"
      "structure.tsv, words.txt and metadata.txt; print a review of every change and proposal.");
  command->add_option("title", args->title_dir, "The title folder, e.g. content/kronstadt-21")
      ->required();
  command->add_option("-o,--output", args->output,
                      "Where to write the manuscript (default: TITLE/manuscript.md)");
  command->add_option("--report", args->report,
                      "Write the review report to this file instead of stderr");
  command->callback([&env, args] { env.exit_code = RunClean(env, *args); });
}

}  // namespace galley::cli
