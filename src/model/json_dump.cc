#include "model/json_dump.h"

#include <utility>
#include <vector>

namespace galley::model {

namespace {

// A JSON value under construction. Objects keep their members in insertion order, which is
// what makes the dump deterministic and readable top-down.
struct JsonMember;

// Its functions are defined below JsonMember: clang 14 with libstdc++ 12 cannot instantiate a
// container of members inside Json's own definition, where Json is still incomplete.
struct Json {
  enum class Type { kString, kLiteral, kObject, kArray };
  Type type = Type::kObject;
  std::string scalar;  // a string's text, or a number's or boolean's literal
  std::vector<JsonMember> members;
  std::vector<Json> items;

  static Json String(std::string text);
  static Json Number(int n);
  static Json Bool(bool b);
  static Json Array();

  Json& Set(std::string key, Json value);
  // Adds a string member unless it is empty.
  Json& SetText(std::string key, const std::string& text);
  // Adds an array member unless it is empty.
  Json& SetItems(std::string key, Json array);

  bool IsContainer() const { return type == Type::kObject || type == Type::kArray; }
  // Holds no object or array: written on one line.
  bool IsFlat() const;
};

struct JsonMember {
  std::string key;
  Json value;
};

Json Json::String(std::string text) { return {Type::kString, std::move(text), {}, {}}; }
Json Json::Number(int n) { return {Type::kLiteral, std::to_string(n), {}, {}}; }
Json Json::Bool(bool b) { return {Type::kLiteral, b ? "true" : "false", {}, {}}; }
Json Json::Array() { return {Type::kArray, {}, {}, {}}; }

Json& Json::Set(std::string key, Json value) {
  members.push_back({std::move(key), std::move(value)});
  return *this;
}

Json& Json::SetText(std::string key, const std::string& text) {
  if (!text.empty()) Set(std::move(key), String(text));
  return *this;
}

Json& Json::SetItems(std::string key, Json array) {
  if (!array.items.empty()) Set(std::move(key), std::move(array));
  return *this;
}

bool Json::IsFlat() const {
  for (const JsonMember& member : members) {
    if (member.value.IsContainer()) return false;
  }
  for (const Json& item : items) {
    if (item.IsContainer()) return false;
  }
  return true;
}

// RFC 8259, section 7: quotation mark, reverse solidus and the control characters must be
// escaped; everything else, UTF-8 included, may stand as it is.
void AppendEscaped(std::string_view text, std::string* out) {
  out->push_back('"');
  for (char c : text) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static const char kHex[] = "0123456789abcdef";
          *out += "\\u00";
          out->push_back(kHex[(c >> 4) & 0xF]);
          out->push_back(kHex[c & 0xF]);
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

void Write(const Json& value, int indent, std::string* out) {
  if (!value.IsContainer()) {
    if (value.type == Json::Type::kString) {
      AppendEscaped(value.scalar, out);
    } else {
      *out += value.scalar;
    }
    return;
  }
  bool object = value.type == Json::Type::kObject;
  size_t count = object ? value.members.size() : value.items.size();
  if (count == 0) {
    *out += object ? "{}" : "[]";
    return;
  }
  bool flat = value.IsFlat();
  std::string inner(static_cast<size_t>(indent + 2), ' ');
  out->push_back(object ? '{' : '[');
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) out->push_back(',');
    if (flat) {
      if (i > 0) out->push_back(' ');
    } else {
      out->push_back('\n');
      *out += inner;
    }
    if (object) {
      AppendEscaped(value.members[i].key, out);
      *out += ": ";
      Write(value.members[i].value, indent + 2, out);
    } else {
      Write(value.items[i], indent + 2, out);
    }
  }
  if (!flat) {
    out->push_back('\n');
    out->append(static_cast<size_t>(indent), ' ');
  }
  out->push_back(object ? '}' : ']');
}

Json Node(const char* type, const SourceRange& range) {
  Json node;
  node.Set("type", Json::String(type));
  node.Set("range", Json::String(RangeToString(range)));
  return node;
}

Json InlinesJson(const std::vector<Inline>& inlines);

Json InlineJson(const Inline& piece) {
  Json node = Node(ToString(piece.kind), piece.range);
  switch (piece.kind) {
    case InlineKind::kText: node.Set("text", Json::String(piece.text)); break;
    case InlineKind::kPageStart: node.Set("label", Json::String(piece.page.label)); break;
    case InlineKind::kNoteRef:
      node.Set("label", Json::String(piece.text));
      node.Set("number", Json::Number(piece.number));
      break;
    case InlineKind::kLineBreak: break;
    case InlineKind::kEmphasis:
    case InlineKind::kStrong:
    case InlineKind::kSmallCaps:
    case InlineKind::kCitation: node.SetItems("children", InlinesJson(piece.children)); break;
    case InlineKind::kForeign:
    case InlineKind::kLanguage:
      node.Set("language", Json::String(piece.language));
      node.SetItems("children", InlinesJson(piece.children));
      break;
  }
  return node;
}

Json InlinesJson(const std::vector<Inline>& inlines) {
  Json array = Json::Array();
  for (const Inline& piece : inlines) array.items.push_back(InlineJson(piece));
  return array;
}

Json BlocksJson(const std::vector<Block>& blocks);

Json BlockJson(const Block& block) {
  Json node = Node(ToString(block.kind), block.range);
  switch (block.kind) {
    case BlockKind::kHeading:
      node.Set("level", Json::Number(block.level));
      node.SetText("id", block.id);
      if (block.division_title) node.Set("division-title", Json::Bool(true));
      break;
    case BlockKind::kPageStart: node.Set("label", Json::String(block.page.label)); break;
    case BlockKind::kList:
      node.Set("ordered", Json::Bool(block.ordered));
      if (block.ordered) node.Set("start", Json::Number(block.start));
      break;
    case BlockKind::kNote:
      node.Set("label", Json::String(block.label));
      node.Set("number", Json::Number(block.number));
      node.SetText("id", block.id);
      break;
    case BlockKind::kParagraph:
    case BlockKind::kSceneBreak:
    case BlockKind::kBlockQuote:
    case BlockKind::kListItem: break;
  }
  node.SetItems("inlines", InlinesJson(block.inlines));
  node.SetItems("children", BlocksJson(block.children));
  return node;
}

Json BlocksJson(const std::vector<Block>& blocks) {
  Json array = Json::Array();
  for (const Block& block : blocks) array.items.push_back(BlockJson(block));
  return array;
}

Json SectionJson(const Section& section) {
  Json node = Node("section", section.range);
  if (section.has_heading) node.Set("heading", BlockJson(section.heading));
  node.SetItems("blocks", BlocksJson(section.blocks));
  Json subsections = Json::Array();
  for (const Section& sub : section.subsections) subsections.items.push_back(SectionJson(sub));
  node.SetItems("subsections", std::move(subsections));
  return node;
}

Json DivisionJson(const Division& division) {
  Json node = Node("division", division.range);
  node.Set("kind", Json::String(ToString(division.kind)));
  node.SetText("role", division.role);
  node.SetText("title", division.title);
  node.SetText("id", division.id);
  Json sections = Json::Array();
  for (const Section& section : division.sections) sections.items.push_back(SectionJson(section));
  node.SetItems("sections", std::move(sections));
  return node;
}

std::string PosToString(const SourcePos& pos) {
  if (!pos.known()) return "?";
  return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

Json MetadataJson(const Metadata& m) {
  Json node;
  node.SetText("title", m.title);
  node.SetText("subtitle", m.subtitle);
  Json creators = Json::Array();
  for (const Contributor& c : m.creators) {
    Json creator;
    creator.SetText("name", c.name).SetText("file_as", c.file_as).SetText("role", c.role);
    creators.items.push_back(std::move(creator));
  }
  node.SetItems("creators", std::move(creators));
  node.SetText("language", m.language);
  node.SetText("publisher", m.publisher);
  node.SetText("source", m.source);
  node.SetText("source_date", m.source_date);
  node.SetText("date", m.date);
  node.SetText("rights", m.rights);
  node.SetText("identifier", m.identifier);
  node.SetText("description", m.description);
  Json subjects = Json::Array();
  for (const std::string& subject : m.subjects) subjects.items.push_back(Json::String(subject));
  node.SetItems("subjects", std::move(subjects));
  Json positions;
  for (const auto& [key, pos] : m.positions) positions.Set(key, Json::String(PosToString(pos)));
  if (!positions.members.empty()) node.Set("positions", std::move(positions));
  return node;
}

}  // namespace

std::string RangeToString(const SourceRange& range) {
  if (!range.begin.known()) return "?";
  return PosToString(range.begin) + "-" + PosToString(range.end);
}

std::string DumpJson(const Document& document) {
  Json root;
  root.Set("type", Json::String("document"));
  root.SetText("source", document.source_path);
  root.Set("metadata", MetadataJson(document.metadata));
  Json divisions = Json::Array();
  for (const Division& division : document.divisions) {
    divisions.items.push_back(DivisionJson(division));
  }
  root.Set("divisions", std::move(divisions));
  root.Set("notes", BlocksJson(document.notes));
  std::string out;
  Write(root, 0, &out);
  out.push_back('\n');
  return out;
}

}  // namespace galley::model
