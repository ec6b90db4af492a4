#include "render/link_targets.h"

#include <set>
#include <string>

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
  std::set<std::string> names;
  for (size_t p = 0; p < document.pages.size(); ++p) {
    for (const frames::FrameItem& item : document.pages[p].items) {
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
  for (size_t p = 0; p < document.pages.size(); ++p) {
    for (const frames::FrameItem& item : document.pages[p].items) {
      if (item.kind == frames::FrameItem::Kind::kLink && !names.count(item.link.destination)) {
        return PageError(
            p, "link to \"" + item.link.destination + "\", which no page defines as a destination");
      }
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
