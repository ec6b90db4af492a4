#include "frames/page_frame.h"

#include <array>
#include <utility>

namespace galley::frames {

namespace {

constexpr std::array<std::pair<Role, const char*>, 16> kRoleNames{{
    {Role::kBody, "body"},
    {Role::kQuote, "quote"},
    {Role::kHeading, "heading"},
    {Role::kNote, "note"},
    {Role::kColophon, "colophon"},
    {Role::kTitlePage, "title-page"},
    {Role::kImprint, "imprint"},
    {Role::kContentsEntry, "contents-entry"},
    {Role::kContentsNumber, "contents-number"},
    {Role::kListLabel, "list-label"},
    {Role::kOrnament, "ornament"},
    {Role::kRunningHead, "running-head"},
    {Role::kFolio, "folio"},
    {Role::kPageReference, "page-reference"},
    {Role::kUnderline, "underline"},
    {Role::kDecoration, "decoration"},
}};

constexpr std::array<std::pair<PageKind, const char*>, 5> kPageKindNames{{
    {PageKind::kBlank, "blank"},
    {PageKind::kTitle, "title"},
    {PageKind::kImprint, "imprint"},
    {PageKind::kContents, "contents"},
    {PageKind::kText, "text"},
}};

}  // namespace

const char* ToString(Role role) {
  for (const auto& [value, name] : kRoleNames) {
    if (value == role) return name;
  }
  return "?";
}

bool RoleFromString(std::string_view text, Role* role) {
  for (const auto& [value, name] : kRoleNames) {
    if (text == name) {
      *role = value;
      return true;
    }
  }
  return false;
}

bool IsFlowText(Role role) {
  switch (role) {
    case Role::kBody:
    case Role::kQuote:
    case Role::kHeading:
    case Role::kNote:
    case Role::kColophon:
    case Role::kContentsEntry:
      return true;
    default:
      return false;
  }
}

const char* ToString(PageKind kind) {
  for (const auto& [value, name] : kPageKindNames) {
    if (value == kind) return name;
  }
  return "?";
}

bool PageKindFromString(std::string_view text, PageKind* kind) {
  for (const auto& [value, name] : kPageKindNames) {
    if (text == name) {
      *kind = value;
      return true;
    }
  }
  return false;
}

PageLabel ArabicLabel(int number) {
  return PageLabel{PageLabel::Style::kArabic, number, std::to_string(number)};
}

const std::string* DocumentFrames::SettingValue(std::string_view key) const {
  for (const frames::Setting& setting : settings) {
    if (setting.key == key) return &setting.value;
  }
  return nullptr;
}

FrameItem TextItem(TextLineItem line) {
  FrameItem item{};
  item.kind = FrameItem::Kind::kText;
  item.text = std::move(line);
  return item;
}

FrameItem RuleFrameItem(RuleItem rule) {
  FrameItem item{};
  item.kind = FrameItem::Kind::kRule;
  item.rule = rule;
  return item;
}

FrameItem TagBegin(std::string name) {
  FrameItem item{};
  item.kind = FrameItem::Kind::kTagBegin;
  item.tag_begin.name = std::move(name);
  return item;
}

FrameItem TagEnd(std::string name) {
  FrameItem item{};
  item.kind = FrameItem::Kind::kTagEnd;
  item.tag_end.name = std::move(name);
  return item;
}

FrameItem Destination(std::string name, double x, double y) {
  FrameItem item{};
  item.kind = FrameItem::Kind::kDestination;
  item.destination = DestinationItem{std::move(name), x, y};
  return item;
}

FrameItem Link(LinkItem link) {
  FrameItem item{};
  item.kind = FrameItem::Kind::kLink;
  item.link = std::move(link);
  return item;
}

}  // namespace galley::frames
