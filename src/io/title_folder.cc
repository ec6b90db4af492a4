#include "io/title_folder.h"

#include <filesystem>
#include <system_error>

namespace galley {
namespace {

// The folder's own name. A folder given as "." or ".." (`galley build .` inside the title) has
// none in its path: it is the name of the folder the path leads to, so that the books are
// out/immensee.epub and not out/..epub.
std::string FolderName(const std::string& dir) {
  namespace fs = std::filesystem;
  size_t slash = dir.find_last_of('/');
  std::string last = slash == std::string::npos ? dir : dir.substr(slash + 1);
  if (last != "." && last != "..") return last;
  std::error_code error;
  fs::path resolved = fs::absolute(fs::path(dir), error).lexically_normal();
  if (error) return last;
  if (!resolved.has_filename()) resolved = resolved.parent_path();
  std::string name = resolved.filename().string();
  return name.empty() ? last : name;
}

}  // namespace

TitleFolder LocateTitle(const std::string& dir) {
  TitleFolder title;
  title.dir = dir;
  while (title.dir.size() > 1 && title.dir.back() == '/') title.dir.pop_back();
  title.slug = FolderName(title.dir);
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
  std::string folder = slash == std::string::npos ? "." : argument.substr(0, slash);
  TitleFolder title = LocateTitle(folder);
  if (folder == "." || folder.empty()) {
    // A manuscript in the working directory: name the books after the file.
    std::string file = argument.substr(slash == std::string::npos ? 0 : slash + 1);
    title.slug = file.substr(0, file.size() - 3);
  }
  title.manuscript = argument;
  return title;
}

}  // namespace galley
