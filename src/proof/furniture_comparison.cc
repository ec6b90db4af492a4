#include "proof/furniture_comparison.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "frames/record_format.h"

namespace galley::proof {

namespace {

using frames::DocumentFrames;
using frames::FrameItem;
using frames::GlyphRunItem;
using frames::PageFrame;
using frames::Role;
using frames::TextLineItem;

// Positions are written with three decimals; a smaller move is the same place.
constexpr double kSamePlace = 0.0005;

std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g", value);
  return text;
}

std::string FontName(const DocumentFrames& frames, uint16_t font) {
  if (font >= frames.fonts.size()) return "font " + std::to_string(font);
  const frames::FontRef& ref = frames.fonts[font];
  return ref.family + " " + ref.style;
}

const std::string& FontDigest(const DocumentFrames& frames, uint16_t font) {
  static const std::string kNone;
  return font < frames.fonts.size() ? frames.fonts[font].digest : kNone;
}

// What differs between two runs of lines with the same text, in the words an editor uses.
void DescribeRuns(const DocumentFrames& before_frames, const GlyphRunItem& a,
                  const DocumentFrames& after_frames, const GlyphRunItem& b,
                  std::vector<std::string>* parts) {
  if (FontDigest(before_frames, a.font) != FontDigest(after_frames, b.font)) {
    parts->push_back("font " + FontName(before_frames, a.font) + " → " +
                     FontName(after_frames, b.font));
  }
  if (std::fabs(a.size - b.size) >= kSamePlace) {
    parts->push_back("size " + Number(a.size) + " → " + Number(b.size) + " pt");
  }
  if (a.style.face != b.style.face) {
    parts->push_back(std::string(frames::record::FaceName(a.style.face)) + " → " +
                     frames::record::FaceName(b.style.face));
  }
  if (a.style.small_caps != b.style.small_caps) {
    parts->push_back(b.style.small_caps ? "now small caps" : "no longer small caps");
  }
  if (std::fabs(a.style.tracking - b.style.tracking) >= kSamePlace) {
    parts->push_back("letter spacing " + Number(a.style.tracking) + " → " +
                     Number(b.style.tracking) + " pt");
  }
  if (a.style.underline != b.style.underline) {
    parts->push_back(b.style.underline ? "now underlined" : "no longer underlined");
  }
  if (!(a.color == b.color)) parts->push_back("colour");
  if (std::fabs(a.horizontal_scale - b.horizontal_scale) >= kSamePlace) {
    parts->push_back("glyph width");
  }
}

std::string Describe(const DocumentFrames& before_frames, const TextLineItem& a,
                     const DocumentFrames& after_frames, const TextLineItem& b) {
  std::vector<std::string> parts;
  if (a.runs.size() != b.runs.size()) parts.push_back("set in other runs");
  for (size_t i = 0; i < std::min(a.runs.size(), b.runs.size()); ++i) {
    DescribeRuns(before_frames, a.runs[i], after_frames, b.runs[i], &parts);
  }
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  double dx = b.x - a.x, dy = b.y - a.y;
  if (std::fabs(dx) >= kSamePlace || std::fabs(dy) >= kSamePlace) {
    std::string moved = "moved";
    if (std::fabs(dx) >= kSamePlace) {
      moved += " " + Number(std::fabs(dx)) + (dx > 0 ? " pt right" : " pt left");
    }
    if (std::fabs(dy) >= kSamePlace) {
      moved += " " + Number(std::fabs(dy)) + (dy > 0 ? " pt down" : " pt up");
    }
    parts.push_back(moved);
  }
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : ", ") + part;
  return out;
}

// The furniture lines of a page, by role, in drawing order.
using PageFurniture = std::map<Role, std::vector<const TextLineItem*>>;

PageFurniture FurnitureOf(const PageFrame* page) {
  PageFurniture lines;
  if (page == nullptr) return lines;
  for (const FrameItem& item : page->items) {
    if (item.kind == FrameItem::Kind::kText && IsFurniture(item.text.role)) {
      lines[item.text.role].push_back(&item.text);
    }
  }
  return lines;
}

// The text of the contents entry that `number` gives the page of: the last entry line of the
// same paragraph on the page.
std::string EntryOf(const PageFrame* page, const TextLineItem& number) {
  std::string entry;
  if (page == nullptr) return entry;
  for (const FrameItem& item : page->items) {
    if (item.kind == FrameItem::Kind::kText && item.text.role == Role::kContentsEntry &&
        item.text.paragraph == number.paragraph) {
      entry = item.text.text;
    }
  }
  return entry;
}

class FurnitureComparer {
 public:
  FurnitureComparer(const DocumentFrames& before, const DocumentFrames& after)
      : before_(before), after_(after) {}

  std::vector<FurnitureChange> Compare() {
    size_t pages = std::max(before_.pages.size(), after_.pages.size());
    for (size_t i = 0; i < pages; ++i) {
      const PageFrame* old_page = i < before_.pages.size() ? &before_.pages[i] : nullptr;
      const PageFrame* new_page = i < after_.pages.size() ? &after_.pages[i] : nullptr;
      ComparePage(old_page, new_page);
    }
    return std::move(changes_);
  }

 private:
  void ComparePage(const PageFrame* old_page, const PageFrame* new_page) {
    PageFurniture old_lines = FurnitureOf(old_page), new_lines = FurnitureOf(new_page);
    std::map<Role, bool> roles;
    for (const auto& [role, lines] : old_lines) roles[role] = true;
    for (const auto& [role, lines] : new_lines) roles[role] = true;
    for (const auto& [role, unused] : roles) {
      const auto& a = old_lines[role];
      const auto& b = new_lines[role];
      for (size_t k = 0; k < std::max(a.size(), b.size()); ++k) {
        CompareLines(old_page, k < a.size() ? a[k] : nullptr, new_page,
                     k < b.size() ? b[k] : nullptr, role);
      }
    }
  }

  void CompareLines(const PageFrame* old_page, const TextLineItem* a, const PageFrame* new_page,
                    const TextLineItem* b, Role role) {
    FurnitureChange change;
    change.role = role;
    const PageFrame* page = new_page != nullptr ? new_page : old_page;
    change.page = page->number;
    change.label = page->label.text;
    change.in_before = a != nullptr;
    change.in_after = b != nullptr;
    if (a != nullptr) change.before = a->text;
    if (b != nullptr) change.after = b->text;
    if (a != nullptr && b != nullptr) {
      if (a->text == b->text) {
        change.detail = Describe(before_, *a, after_, *b);
        if (change.detail.empty()) return;  // the same mark
      }
    }
    if (role == Role::kContentsNumber) {
      change.entry = b != nullptr ? EntryOf(new_page, *b) : EntryOf(old_page, *a);
    }
    changes_.push_back(std::move(change));
  }

  const DocumentFrames& before_;
  const DocumentFrames& after_;
  std::vector<FurnitureChange> changes_;
};

}  // namespace

bool IsFurniture(Role role) {
  switch (role) {
    case Role::kRunningHead:
    case Role::kFolio:
    case Role::kPageReference:
    case Role::kContentsEntry:
    case Role::kContentsNumber:
    case Role::kTitlePage:
    case Role::kImprint:
    case Role::kColophon:
      return true;
    default:
      return false;
  }
}

std::string FurnitureName(Role role) {
  switch (role) {
    case Role::kRunningHead:
      return "running head";
    case Role::kFolio:
      return "folio";
    case Role::kPageReference:
      return "margin reference";
    case Role::kContentsEntry:
      return "contents entry";
    case Role::kContentsNumber:
      return "contents page number";
    case Role::kTitlePage:
      return "title page";
    case Role::kImprint:
      return "imprint";
    case Role::kColophon:
      return "colophon";
    default:
      return frames::ToString(role);
  }
}

std::vector<FurnitureChange> CompareFurniture(const DocumentFrames& before,
                                              const DocumentFrames& after) {
  return FurnitureComparer(before, after).Compare();
}

}  // namespace galley::proof
