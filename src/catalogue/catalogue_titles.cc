#include "catalogue/catalogue_titles.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace galley {

bool IsTitleFolder(const std::string& dir) {
  TitleFolder title = LocateTitle(dir);
  std::error_code error;
  for (const std::string* file : {&title.source, &title.markdown_source, &title.manuscript}) {
    if (std::filesystem::is_regular_file(*file, error)) return true;
  }
  return false;
}

Result<std::vector<TitleFolder>> FindCatalogueTitles(const std::string& dir) {
  std::error_code error;
  std::filesystem::directory_iterator entries(dir, error);
  if (error) return IoError(dir, "cannot be listed: " + error.message());

  std::vector<TitleFolder> titles;
  for (const auto& entry : entries) {
    if (!entry.is_directory(error)) continue;
    std::string sub = entry.path().string();
    if (IsTitleFolder(sub)) titles.push_back(LocateTitle(sub));
  }
  if (titles.empty()) {
    return InputError({dir, {}}, "holds no title folder",
                      "a title folder holds source.ocr.txt, source.md or manuscript.md; give "
                      "one title, or a folder of such folders");
  }
  std::sort(titles.begin(), titles.end(),
            [](const TitleFolder& a, const TitleFolder& b) { return a.slug < b.slug; });
  return titles;
}

}  // namespace galley
