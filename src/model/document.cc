#include "model/document.h"

#include "base/stable_hash.h"

namespace galley::model {

const char* ToString(InlineKind kind) {
  switch (kind) {
    case InlineKind::kText: return "text";
    case InlineKind::kEmphasis: return "emphasis";
    case InlineKind::kStrong: return "strong";
    case InlineKind::kSmallCaps: return "small-caps";
    case InlineKind::kCitation: return "citation";
    case InlineKind::kForeign: return "foreign";
    case InlineKind::kLanguage: return "language";
    case InlineKind::kPageStart: return "page-marker";
    case InlineKind::kNoteRef: return "note-ref";
    case InlineKind::kLineBreak: return "line-break";
  }
  return "?";
}

const char* ToString(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "heading";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kSceneBreak: return "scene-break";
    case BlockKind::kPageStart: return "page-marker";
    case BlockKind::kBlockQuote: return "block-quote";
    case BlockKind::kList: return "list";
    case BlockKind::kListItem: return "list-item";
    case BlockKind::kNote: return "note";
  }
  return "?";
}

const char* ToString(DivisionKind kind) {
  switch (kind) {
    case DivisionKind::kFront: return "front";
    case DivisionKind::kBody: return "body";
    case DivisionKind::kBack: return "back";
  }
  return "?";
}

std::string StableIdentifier(const Metadata& metadata) {
  if (!metadata.identifier.empty()) return metadata.identifier;
  std::string creators;
  for (const Contributor& c : metadata.creators) creators += c.name + ";";
  return "urn:uuid:" + NameBasedUuid({metadata.title, creators, metadata.source});
}

std::string PlainText(const std::vector<Inline>& inlines) {
  std::string out;
  for (const Inline& in : inlines) {
    switch (in.kind) {
      case InlineKind::kText: out += in.text; break;
      case InlineKind::kLineBreak: out += ' '; break;
      case InlineKind::kPageStart:
      case InlineKind::kNoteRef: break;
      default: out += PlainText(in.children);
    }
  }
  return out;
}

}  // namespace galley::model
