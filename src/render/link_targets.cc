#include "render/link_targets.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "frames/page_reader.h"

namespace galley::render {

namespace {

bool IsPlainName(const std::string& name) {
  if (name.empty()) return false;
  for (unsigned char c : name) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_' || c == '.' || c == ':';
    if (!plain) return false;
  }
  return true;
}

Error PageError(size_t page_index, const std::string& message) {
  return InternalError("page " + std::to_string(page_index + 1) + " of the frames: " + message);
}

}  // namespace

Status CheckDestinations(const frames::DocumentFrames& document) {
  // One pass over the pages (a spilled book's are read back one at a time): the links are
  // checked once every destination is known.
  std::set<std::string> names;
  std::vector<std::pair<size_t, std::string>> links;  // page index, destination
  frames::PageReader reader(document);
  for (size_t p = 0; p < document.pages.size(); ++p) {
    Result<const frames::PageFrame*> page = reader.Page(p);
    if (!page.ok()) return page.take_error();
    for (const frames::FrameItem& item : (*page)->items) {
      if (item.kind == frames::FrameItem::Kind::kLink) links.emplace_back(p, item.link.destination);
      if (item.kind != frames::FrameItem::Kind::kDestination) continue;
      const std::string& name = item.destination.name;
      if (!IsPlainName(name)) {
        return PageError(p, "destination name \"" + name +
                                "\" is empty or has characters other than letters, digits, "
                                "'-', '_', '.' and ':'");
      }
      if (!names.insert(name).second) {
        return PageError(p, "destination \"" + name + "\" is defined twice");
      }
    }
  }
  for (const auto& [p, destination] : links) {
    if (!names.count(destination)) {
      return PageError(p, "link to \"" + destination + "\", which no page defines as a destination");
    }
  }
  for (const frames::OutlineEntry& entry : document.outline) {
    if (!names.count(entry.destination)) {
      return InternalError("bookmark \"" + entry.title + "\" points at \"" + entry.destination +
                           "\", which no page defines as a destination");
    }
  }
  return Status::Ok();
}

}  // namespace galley::render
