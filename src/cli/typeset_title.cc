#include "cli/typeset_title.h"

#include <memory>
#include <ostream>

#include "manuscript/manuscript_parser.h"

namespace galley::cli {

namespace {

// --template, else the title's own print.template, else the default template.
std::string TemplatePath(const FileSystem& fs, const std::string& option,
                         const TitleFolder& files) {
  if (!option.empty()) return option;
  if (fs.Exists(files.print_template)) return files.print_template;
  return ShippedFile(fs, "templates/print/default.template");
}

void Warn(CommandEnv& env, const Error& warning) {
  std::string text = warning.ToString();
  size_t at = text.find(": error: ");
  if (at != std::string::npos) text.replace(at, 9, ": warning: ");
  env.err << text;
}

}  // namespace

Result<TypesetTitle> ReadAndTypeset(CommandEnv& env, const std::string& title,
                                    const std::string& template_option, bool lenient) {
  TypesetTitle result;
  result.files = LocateTitleOrManuscript(title);
  Progress(env, "reading " + result.files.manuscript);
  manuscript::ParseOptions parse_options;
  parse_options.strict = !lenient;
  Result<model::Document> document =
      manuscript::LoadManuscript(env.fs, result.files.manuscript, parse_options);
  if (!document.ok()) return document.take_error();
  result.document = std::make_unique<model::Document>(std::move(document).value());

  result.template_path = TemplatePath(env.fs, template_option, result.files);
  Result<layout::PrintTemplate> print_template =
      layout::LoadPrintTemplate(env.fs, result.template_path,
                                ShippedFile(env.fs, "templates/print/default.template"));
  if (!print_template.ok()) return print_template.take_error();
  result.print_template =
      std::make_unique<layout::PrintTemplate>(std::move(print_template).value());
  Result<std::unique_ptr<fonts::FontLibrary>> library = fonts::FontLibrary::Create();
  if (!library.ok()) return library.take_error();
  result.library = std::move(library).value();
  Result<layout::FontSet> fonts =
      layout::LoadTemplateFonts(*result.library, env.fs, *result.print_template);
  if (!fonts.ok()) return fonts.take_error();
  result.fonts = std::make_unique<layout::FontSet>(std::move(fonts).value());

  Progress(env, "typesetting with " + result.template_path);
  layout::TypesetOptions options;
  Result<std::optional<int64_t>> epoch = SourceDateEpoch();
  if (!epoch.ok()) return epoch.take_error();
  options.source_date_epoch = *epoch;
  options.patterns.cache_dir = CacheDirectory();
  Result<layout::TypesetBook> book = layout::TypesetDocument(
      *result.document, *result.print_template, *result.fonts, options);
  if (!book.ok()) return book.take_error();
  for (const Error& warning : book->warnings) Warn(env, warning);
  result.book = std::move(book).value();
  return result;
}

}  // namespace galley::cli
