#include "render/link_targets.h"

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

Status DestinationCheck::AddPage(size_t page_index, const frames::PageFrame& page) {
  for (const frames::FrameItem& item : page.items) {
    if (item.kind == frames::FrameItem::Kind::kLink) {
      links_.emplace_back(page_index, item.link.destination);
    }
    if (item.kind != frames::FrameItem::Kind::kDestination) continue;
    const std::string& name = item.destination.name;
    if (!IsPlainName(name)) {
      return PageError(page_index, "destination name \"" + name +
                                       "\" is empty or has characters other than letters, "
                                       "digits, '-', '_', '.' and ':'");
    }
    if (!names_.insert(name).second) {
      return PageError(page_index, "destination \"" + name + "\" is defined twice");
    }
  }
  return Status::Ok();
}

Status DestinationCheck::Finish(const frames::DocumentFrames& document) const {
  for (const auto& [p, destination] : links_) {
    if (!names_.count(destination)) {
      return PageError(p, "link to \"" + destination + "\", which no page defines as a destination");
    }
  }
  for (const frames::OutlineEntry& entry : document.outline) {
    if (!names_.count(entry.destination)) {
      return InternalError("bookmark \"" + entry.title + "\" points at \"" + entry.destination +
                           "\", which no page defines as a destination");
    }
  }
  return Status::Ok();
}

}  // namespace galley::render
