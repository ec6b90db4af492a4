#include "io/title_folder.h"

namespace galley {

TitleFolder LocateTitle(const std::string& dir) {
  TitleFolder title;
  title.dir = dir;
  while (title.dir.size() > 1 && title.dir.back() == '/') title.dir.pop_back();
  size_t slash = title.dir.find_last_of('/');
  title.slug = slash == std::string::npos ? title.dir : title.dir.substr(slash + 1);
  title.source = title.dir + "/source.ocr.txt";
  title.markdown_source = title.dir + "/source.md";
  title.corrections = title.dir + "/corrections.tsv";
  title.structure = title.dir + "/structure.tsv";
  title.metadata = title.dir + "/metadata.txt";
  title.words = title.dir + "/words.txt";
  title.manuscript = title.dir + "/manuscript.md";
  title.print_template = title.dir + "/print.template";
  return title;
}

TitleFolder LocateTitleOrManuscript(const std::string& argument) {
  if (!argument.ends_with(".md")) return LocateTitle(argument);
  size_t slash = argument.find_last_of('/');
  TitleFolder title = LocateTitle(slash == std::string::npos ? "." : argument.substr(0, slash));
  if (title.slug == "." || title.slug.empty()) {
    // A manuscript in the working directory: name the books after the file.
    std::string file = argument.substr(slash == std::string::npos ? 0 : slash + 1);
    title.slug = file.substr(0, file.size() - 3);
  }
  title.manuscript = argument;
  return title;
}

}  // namespace galley
