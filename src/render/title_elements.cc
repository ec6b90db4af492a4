#include "render/title_elements.h"

#include <algorithm>
#include <string>

#include "render/span_languages.h"

namespace galley::render {

Status RestoreTitleElements(const PdfObjects& objects, const std::vector<bool>& titles,
                            std::vector<PdfObject>& changed) {
  if (std::none_of(titles.begin(), titles.end(), [](bool title) { return title; })) {
    return Status::Ok();
  }
  Result<std::vector<PdfObject>> headings = StructElementsOfType(objects, "/H");
  if (!headings.ok()) return headings.take_error();
  if (headings->size() != titles.size()) {
    return InternalError("Cairo's structure tree has " + std::to_string(headings->size()) +
                         " H elements, but " + std::to_string(titles.size()) + " were begun");
  }
  for (size_t i = 0; i < titles.size(); ++i) {
    if (!titles[i]) continue;
    (*headings)[i].dictionary.Set("S", "/Title");
    changed.push_back(std::move((*headings)[i]));
  }
  Result<PdfObject> root = StructTreeRoot(objects);
  if (!root.ok()) return root.take_error();
  if (root->dictionary.Find("RoleMap") != nullptr) {
    return InternalError("Cairo's structure tree already has a /RoleMap");
  }
  root->dictionary.Set("RoleMap", "<< /Title /H >>");
  changed.push_back(std::move(*root));
  return Status::Ok();
}

}  // namespace galley::render
