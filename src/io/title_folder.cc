#include "io/title_folder.h"

namespace galley {

TitleFolder LocateTitle(const std::string& dir) {
  TitleFolder title;
  title.dir = dir;
  while (title.dir.size() > 1 && title.dir.back() == '/') title.dir.pop_back();
  size_t slash = title.dir.find_last_of('/');
  title.slug = slash == std::string::npos ? title.dir : title.dir.substr(slash + 1);
  title.source = title.dir + "/source.ocr.txt";
  title.corrections = title.dir + "/corrections.tsv";
  title.structure = title.dir + "/structure.tsv";
  title.metadata = title.dir + "/metadata.txt";
  title.manuscript = title.dir + "/manuscript.md";
  title.print_template = title.dir + "/print.template";
  return title;
}

}  // namespace galley
