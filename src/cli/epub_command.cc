// `galley epub TITLE [-o BOOK.epub]`: the EPUB 3 ebook of a title (docs/epub.md). TITLE is a
// title folder (content/kronstadt-21, whose manuscript.md is read) or a manuscript file. The
// book is written all at once: on any error the previous file stays as it was.
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>

#include "cli/epub_command.h"
#include "epub/epub_writer.h"
#include "io/output_target.h"
#include "io/title_folder.h"
#include "manuscript/manuscript_parser.h"

namespace galley::cli {
namespace {

// out/.galley-cache beside the book, made if the output folder exists (the cache must never
// create the output folder: a missing one is the user's error to see).
std::string CacheDirFor(const std::string& output) {
  std::filesystem::path folder = std::filesystem::path(output).parent_path();
  if (folder.empty()) folder = ".";
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) return {};
  std::filesystem::path cache = folder / ".galley-cache";
  std::filesystem::create_directory(cache, error);
  return error ? std::string() : cache.string();
}

// The title's content model, parsed strictly unless the request is lenient.
Result<model::Document> LoadTitle(CommandEnv& env, const EpubRequest& request) {
  TitleFolder title = LocateTitleOrManuscript(request.title);
  KeepInputsInside(env, title);
  std::string manuscript_path = title.manuscript;
  Progress(env, "reading " + manuscript_path);
  manuscript::ParseOptions parse_options;
  parse_options.strict = !request.lenient;
  return manuscript::LoadManuscript(env.fs, manuscript_path, parse_options);
}

// The writer's options from the request: Galley's own fonts and stylesheet unless given.
epub::EpubOptions OptionsFor(CommandEnv& env, const EpubRequest& request,
                             std::optional<int64_t> source_date_epoch) {
  epub::EpubOptions epub_options;
  std::filesystem::path fonts(request.fonts_dir.empty() ? ShippedFile(env.fs, "fonts")
                                                       : request.fonts_dir);
  epub_options.fonts.regular = (fonts / "EBGaramond12-Regular.otf").string();
  epub_options.fonts.italic = (fonts / "EBGaramond12-Italic.otf").string();
  epub_options.fonts.bold = (fonts / "EBGaramond12-Bold.otf").string();
  epub_options.stylesheet = request.stylesheet.empty()
                                ? ShippedFile(env.fs, "templates/epub/book.css")
                                : request.stylesheet;
  epub_options.cover_image = request.cover;
  epub_options.source_date_epoch = source_date_epoch;
  return epub_options;
}

}  // namespace

Result<EpubOutput> PrepareEpub(CommandEnv& env, const EpubRequest& options) {
  TitleFolder title = LocateTitleOrManuscript(options.title);
  EpubOutput made;
  made.path = options.output.empty() ? "out/" + title.slug + ".epub" : options.output;

  Result<std::optional<int64_t>> epoch = SourceDateEpoch();
  if (!epoch.ok()) return epoch.take_error();
  Result<model::Document> document = LoadTitle(env, options);
  if (!document.ok()) return document.take_error();

  epub::EpubOptions epub_options = OptionsFor(env, options, *epoch);
  // The cache sits beside a file output; standard output or a device has no folder for it.
  if (!options.no_cache && HasFolderBeside(made.path)) {
    epub_options.cache_dir = CacheDirFor(made.path);
  }
  Progress(env, "writing " + DescribeOutput(made.path));
  Result<std::string> bytes = epub::WriteEpub(env.fs, *document, epub_options);
  if (!bytes.ok()) return bytes.take_error();
  made.bytes = std::move(bytes).value();
  return made;
}

int MakeEpub(CommandEnv& env, const EpubRequest& options) {
  Result<EpubOutput> made = PrepareEpub(env, options);
  if (!made.ok()) return Fail(env, made.error());
  Status written = env.fs.WriteFileAtomically(made->path, made->bytes);
  if (!written.ok()) return Fail(env, written.error());
  Progress(env, "wrote " + DescribeOutput(made->path));
  return kExitOk;
}

Result<std::string> MakeEpubInMemory(CommandEnv& env, const EpubRequest& request) {
  Result<std::optional<int64_t>> epoch = SourceDateEpoch();
  if (!epoch.ok()) return epoch.take_error();
  Result<model::Document> document = LoadTitle(env, request);
  if (!document.ok()) return document.take_error();
  // No cache: proof writes nothing, and the cache is written to as well as read.
  return epub::WriteEpub(env.fs, *document, OptionsFor(env, request, *epoch));
}

void AddEpubCommand(CLI::App& app, CommandEnv& env) {
  CLI::App* command = app.add_subcommand(
      "epub",
      "Make the EPUB 3 ebook of a title: XHTML text, navigation with the print edition's\n"
      "page list, accessibility metadata, embedded font subsets and a typographic cover");
  auto options = std::make_shared<EpubRequest>();
  command->add_option("title", options->title,
                      "A title folder such as content/kronstadt-21, or a manuscript (.md)")
      ->required();
  command->add_option("-o,--output", options->output, "The EPUB to write (default out/<slug>.epub; - for standard output; a device "
                      "or FIFO is written to, not replaced)");
  command->add_option("--cover", options->cover,
                      "A PNG or JPEG cover to use instead of the typographic cover");
  command->add_option("--fonts", options->fonts_dir,
                      "Folder holding EBGaramond12-{Regular,Italic,Bold}.otf (default: fonts/ "
                      "here, else Galley's own)");
  command->add_option("--stylesheet", options->stylesheet,
                      "The EPUB stylesheet template (default: templates/epub/book.css here, "
                      "else Galley's own)");
  command->add_flag("--lenient", options->lenient, "Allow headings that skip a level (# then ###)");
  command->add_flag("--no-cache", options->no_cache,
                    "Subset the fonts and draw the cover anew instead of using <output folder>/.galley-cache");
  command->callback([&env, options] { env.exit_code = MakeEpub(env, *options); });
}

}  // namespace galley::cli
