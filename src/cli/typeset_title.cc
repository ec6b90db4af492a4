#include "cli/typeset_title.h"

#include <filesystem>
#include <memory>
#include <ostream>

#include "cli/progress_line.h"
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

// A font a template names comes from the folder of the template that named it (or below),
// Galley's own fonts or the system's font folders, every link resolved: otherwise any file on
// the machine could be embedded in a published PDF. --allow-outside lifts the rule.
Status CheckFontPlaces(CommandEnv& env, const layout::PrintTemplate& t,
                       const std::string& template_path) {
  if (env.allow_outside) return Status::Ok();
  for (int face = 0; face < 3; ++face) {
    for (bool small : {false, true}) {
      if (small && t.small_up_to <= 0) continue;  // never loaded
      const char* key = (small ? layout::kSmallFaceKeys : layout::kFaceKeys)[face];
      const std::string& file = (small ? t.small_font_files : t.font_files)[face];
      const std::string& writer = t.values.Get(key).file;
      InputFolders places;
      places.Add(std::filesystem::path(writer.empty() ? template_path : writer)
                     .parent_path()
                     .string());
      places.Add(ShippedFile(env.fs, "fonts"));
      for (const std::string& folder : SystemFontFolders()) places.Add(folder);
      if (places.HoldsFile(file)) continue;
      return t.values.ErrorAt(key,
                              "the font " + file +
                                  " is outside the template's folder, Galley's fonts and the "
                                  "system's font folders",
                              "copy it beside the template or install it in "
                              "~/.local/share/fonts, or run with --allow-outside");
    }
  }
  return Status::Ok();
}

void Warn(CommandEnv& env, const Error& warning) {
  std::string text = warning.ToString();
  size_t at = text.find(": error: ");
  if (at != std::string::npos) text.replace(at, 9, ": warning: ");
  env.err << text;
}

}  // namespace

Result<TypesetTitle> ReadAndTypeset(CommandEnv& env, const std::string& title,
                                    const std::string& template_option, bool lenient,
                                    bool spill_pages) {
  TypesetTitle result;
  result.files = LocateTitleOrManuscript(title);
  KeepInputsInside(env, result.files);
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
  GALLEY_RETURN_IF_ERROR(CheckFontPlaces(env, *print_template, result.template_path));
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
  options.spill_pages = spill_pages;
  ProgressLine line(env.err, env.terminal && !env.quiet);
  options.on_page = [&line](int pages) {
    line.Show("typesetting: page " + std::to_string(pages));
  };
  Result<layout::TypesetBook> book = layout::TypesetDocument(
      *result.document, *result.print_template, *result.fonts, options);
  line.Clear();
  if (!book.ok()) return book.take_error();
  for (const Error& warning : book->warnings) Warn(env, warning);
  result.book = std::move(book).value();
  return result;
}

}  // namespace galley::cli
