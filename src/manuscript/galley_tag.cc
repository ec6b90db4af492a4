#include "manuscript/galley_tag.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "base/quoted_value.h"
#include "manuscript/language_tag.h"
#include "model/division_roles.h"

namespace galley::manuscript {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)); }
bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

// What to write instead of an HTML tag that is not Galley's.
std::string HintForUnknownTag(const std::string& name) {
  if (name == "br") return "end the line with a backslash (\\) for a line break";
  if (name == "em" || name == "u") return "write *text* for emphasis";
  if (name == "b" || name == "strong") return "write **text** for strong emphasis";
  if (name == "p") return "separate paragraphs by a blank line";
  if (name == "hr") return "write `* * *` alone between paragraphs for a scene break";
  if (name == "div" || name == "section") {
    return "write <division kind=\"front|body|back\" role=\"…\"> … </division>";
  }
  return "the Galley tags are <division>, <pb n=\"…\"/>, <sc>, <cite>, <i lang=\"…\"> and "
         "<span lang=\"…\">; to write a literal `<`, escape it as `\\<`";
}

// The five XML entities; anything else stays as written.
std::string DecodeAttribute(std::string_view raw) {
  static const std::map<std::string_view, char> entities = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    bool decoded = false;
    if (raw[i] == '&') {
      for (const auto& [name, c] : entities) {
        if (raw.substr(i, name.size()) == name) {
          out += c;
          i += name.size() - 1;
          decoded = true;
          break;
        }
      }
    }
    if (!decoded) out += raw[i];
  }
  return out;
}

struct Attribute {
  std::string value;
  size_t name_offset = 0;
  size_t value_offset = 0;
};

// Reads one tag starting at html.text[*at] == '<' and checks it.
class TagReader {
 public:
  TagReader(const HtmlText& html, const SourceText& source) : html_(html), source_(source) {}

  Result<GalleyTag> Read(size_t* at) {
    std::string_view text = html_.text;
    start_ = *at;
    size_t i = start_ + 1;
    if (text.substr(start_, 4) == "<!--") {
      return Fail(start_, "an HTML comment is not part of the manuscript format",
                  "remove it; keep editorial notes outside the manuscript");
    }
    GalleyTag tag;
    tag.closing = i < text.size() && text[i] == '/';
    if (tag.closing) ++i;
    if (i >= text.size() || !IsNameStart(text[i])) {
      return Fail(start_, "raw HTML is not part of the manuscript format",
                  HintForUnknownTag(""));
    }
    size_t name_start = i;
    while (i < text.size() && IsNameChar(text[i])) ++i;
    name_ = std::string(text.substr(name_start, i - name_start));
    GALLEY_RETURN_IF_ERROR(ReadAttributes(&i));
    bool self_closing = text.substr(i, 2) == "/>";
    if (!self_closing && (i >= text.size() || text[i] != '>')) {
      return Fail(i, "the tag <" + ClipForMessage(name_) + "> is not closed by `>`",
                  "end the tag with `>`");
    }
    *at = i + (self_closing ? 2 : 1);
    tag.begin = PositionIn(html_, start_, source_);
    tag.end = PositionIn(html_, *at, source_);
    GALLEY_RETURN_IF_ERROR(Check(self_closing, &tag));
    return tag;
  }

 private:
  Status ReadAttributes(size_t* at) {
    std::string_view text = html_.text;
    size_t i = *at;
    while (true) {
      size_t before = i;
      while (i < text.size() && IsSpace(text[i])) ++i;
      if (i >= text.size() || !IsNameStart(text[i]) || i == before) break;
      size_t name_start = i;
      while (i < text.size() && IsNameChar(text[i])) ++i;
      std::string name(text.substr(name_start, i - name_start));
      while (i < text.size() && IsSpace(text[i])) ++i;
      if (i >= text.size() || text[i] != '=') {
        return Fail(name_start, "the attribute `" + ClipForMessage(name) + "` has no value",
                    "write it as " + ClipForMessage(name) + "=\"…\"");
      }
      ++i;
      while (i < text.size() && IsSpace(text[i])) ++i;
      Attribute attribute;
      attribute.name_offset = name_start;
      if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
        size_t close = text.find(text[i], i + 1);
        if (close == std::string_view::npos) {
          return Fail(i, "the value of `" + ClipForMessage(name) + "` has no closing quote",
                      "add the quote");
        }
        attribute.value_offset = i + 1;
        attribute.value = DecodeAttribute(text.substr(i + 1, close - i - 1));
        i = close + 1;
      } else {
        attribute.value_offset = i;
        while (i < text.size() && !IsSpace(text[i]) && text[i] != '>' && text[i] != '/') ++i;
        attribute.value = DecodeAttribute(text.substr(attribute.value_offset,
                                                      i - attribute.value_offset));
      }
      if (!attributes_.emplace(name, attribute).second) {
        return Fail(name_start, "the attribute `" + ClipForMessage(name) + "` is given twice",
                    "keep one of them");
      }
    }
    while (i < text.size() && IsSpace(text[i])) ++i;
    *at = i;
    return Status::Ok();
  }

  Status Check(bool self_closing, GalleyTag* tag) {
    if (name_ == "division") return CheckDivision(self_closing, tag);
    if (name_ == "pb") return CheckPageBeginning(self_closing, tag);
    if (name_ == "sc") return CheckSmallCaps(self_closing, tag);
    if (name_ == "cite") {
      tag->name = TagName::kCitation;
      return CheckShape(*tag, self_closing, false, {});
    }
    if (name_ == "i") return CheckLanguagePair(TagName::kForeign, self_closing, tag);
    if (name_ == "span") return CheckLanguagePair(TagName::kLanguage, self_closing, tag);
    return Fail(start_, "<" + ClipForMessage(name_) + "> is not a Galley tag",
                HintForUnknownTag(name_));
  }

  Status CheckDivision(bool self_closing, GalleyTag* tag) {
    tag->name = TagName::kDivision;
    GALLEY_RETURN_IF_ERROR(CheckShape(*tag, self_closing, false, {"kind", "role", "title"}));
    if (tag->closing) return Status::Ok();
    auto kind = attributes_.find("kind");
    if (kind == attributes_.end()) {
      return Fail(start_, "the <division> tag has no `kind`",
                  "add kind=\"front\", kind=\"body\" or kind=\"back\"");
    }
    const std::string& value = kind->second.value;
    if (value == "front") tag->kind = model::DivisionKind::kFront;
    else if (value == "body") tag->kind = model::DivisionKind::kBody;
    else if (value == "back") tag->kind = model::DivisionKind::kBack;
    else {
      return Fail(kind->second.value_offset,
                  "unknown division kind `" + ClipForMessage(value) + "`",
                  "write kind=\"front\", kind=\"body\" or kind=\"back\"");
    }
    if (auto role = attributes_.find("role"); role != attributes_.end()) {
      tag->role = role->second.value;
      if (!model::IsDivisionRole(tag->role)) {
        return Fail(role->second.value_offset, "unknown division role `" + tag->role + "`",
                    "the roles are: " + model::DivisionRoleList() + "; or leave `role` out");
      }
    }
    if (auto title = attributes_.find("title"); title != attributes_.end()) {
      tag->title = title->second.value;
    }
    return Status::Ok();
  }

  Status CheckPageBeginning(bool self_closing, GalleyTag* tag) {
    tag->name = TagName::kPageBeginning;
    if (tag->closing || !self_closing) {
      return Fail(start_, "a page marker is written <pb n=\"…\"/>, with `/>` and no closing tag",
                  "write e.g. <pb n=\"6\"/>");
    }
    GALLEY_RETURN_IF_ERROR(CheckShape(*tag, self_closing, true, {"n"}));
    auto n = attributes_.find("n");
    if (n == attributes_.end()) {
      return Fail(start_, "the page marker has no label", "write the page number: <pb n=\"6\"/>");
    }
    tag->label = n->second.value;
    if (tag->label.empty()) {
      return Fail(n->second.value_offset, "the page marker's label is empty",
                  "write the print page's number or label, e.g. n=\"6\" or n=\"iv\"");
    }
    if (!IsPageLabel(tag->label)) {
      return Fail(n->second.value_offset, "the page label `" + tag->label + "` is malformed",
                  "a page label is letters, digits, `.` or `-` only, e.g. `6`, `iv`, `A-3`");
    }
    return Status::Ok();
  }

  Status CheckSmallCaps(bool self_closing, GalleyTag* tag) {
    tag->name = TagName::kSmallCaps;
    return CheckShape(*tag, self_closing, false, {});
  }

  // <i lang="fr">…</i> and <span lang="fr">…</span>: the opening tag names a language.
  Status CheckLanguagePair(TagName name, bool self_closing, GalleyTag* tag) {
    tag->name = name;
    GALLEY_RETURN_IF_ERROR(CheckShape(*tag, self_closing, false, {"lang"}));
    if (tag->closing) return Status::Ok();
    auto lang = attributes_.find("lang");
    if (lang == attributes_.end()) {
      return Fail(start_, "<" + ClipForMessage(name_) + "> needs the language of its text",
                  name == TagName::kForeign
                      ? "write <i lang=\"fr\">…</i> for a foreign word (its BCP 47 tag), or "
                        "*text* for emphasis"
                      : "write <span lang=\"fr\">…</span> with the passage's BCP 47 tag");
    }
    tag->language = lang->second.value;
    if (std::string problem = LanguageTagProblem(tag->language); !problem.empty()) {
      return Fail(lang->second.value_offset, problem,
                  "write a BCP 47 tag such as `fr`, `de`, `la` or `en-GB`");
    }
    return Status::Ok();
  }

  // Self-closing only where allowed, no attributes on closing tags, only `allowed` ones.
  Status CheckShape(const GalleyTag& tag, bool self_closing, bool must_self_close,
                    std::initializer_list<std::string_view> allowed) {
    if (self_closing && !must_self_close) {
      return Fail(start_, "<" + ClipForMessage(name_) + "/> cannot be self-closing",
                  "write <" + ClipForMessage(name_) + "> where it begins and </" +
                      ClipForMessage(name_) + "> where it ends");
    }
    for (const auto& [name, attribute] : attributes_) {
      bool known = !tag.closing &&
                   std::find(allowed.begin(), allowed.end(), name) != allowed.end();
      if (!known) {
        std::string list;
        for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        return Fail(attribute.name_offset,
                    "unknown attribute `" + ClipForMessage(name) + "` on <" +
                        (tag.closing ? "/" : "") + ClipForMessage(name_) + ">",
                    tag.closing || list.empty() ? "remove it: this tag takes no attributes"
                                                : "its attributes are: " + list);
      }
    }
    return Status::Ok();
  }

  Error Fail(size_t offset, std::string message, std::string hint) const {
    return source_.MakeError(PositionIn(html_, offset, source_), std::move(message),
                             std::move(hint));
  }

  const HtmlText& html_;
  const SourceText& source_;
  size_t start_ = 0;
  std::string name_;
  std::map<std::string, Attribute> attributes_;
};

}  // namespace

SourcePos PositionIn(const HtmlText& html, size_t offset, const SourceText& source) {
  int line = html.line;
  int column = html.byte_column;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < html.text.size(); ++i) {
    if (html.text[i] == '\n') {
      ++line;
      column = html.later_lines_column;
      line_start = i + 1;
    }
  }
  return source.Position(line, column + static_cast<int>(offset - line_start));
}

Result<std::vector<GalleyTag>> ReadGalleyTags(const HtmlText& html, const SourceText& source) {
  std::vector<GalleyTag> tags;
  size_t at = 0;
  while (true) {
    while (at < html.text.size() && IsSpace(html.text[at])) ++at;
    if (at >= html.text.size()) break;
    if (html.text[at] != '<' && !tags.empty() && IsInlinePair(tags.back().name)) {
      return InlineTagOutsideParagraph(tags.back(), source);
    }
    if (html.text[at] != '<') {
      return source.MakeError(PositionIn(html, at, source),
                              "text directly after a tag, without a blank line between them",
                              "put a blank line between the tag and the text");
    }
    Result<GalleyTag> tag = TagReader(html, source).Read(&at);
    if (!tag.ok()) return tag.take_error();
    tags.push_back(std::move(tag.value()));
  }
  return tags;
}

bool IsInlinePair(TagName name) {
  return name == TagName::kSmallCaps || name == TagName::kCitation ||
         name == TagName::kForeign || name == TagName::kLanguage;
}

Error InlineTagOutsideParagraph(const GalleyTag& tag, const SourceText& source) {
  if (tag.name == TagName::kSmallCaps) {
    return source.MakeError(tag.begin, TagDisplayName(tag) + " must be inside a paragraph",
                            "write <sc> directly before the paragraph's first small-capital "
                            "word, on the same line: <sc>DURING THE NIGHT</sc> I was …");
  }
  return source.MakeError(tag.begin, TagDisplayName(tag) + " must be inside a paragraph",
                          "write the tag on the same line as the words it marks, directly "
                          "before the first: <cite>Politics</cite>, <i lang=\"fr\">émigré</i>");
}

std::string TagDisplayName(const GalleyTag& tag) {
  switch (tag.name) {
    case TagName::kDivision: return tag.closing ? "</division>" : "<division>";
    case TagName::kPageBeginning: return "<pb/>";
    case TagName::kSmallCaps: return tag.closing ? "</sc>" : "<sc>";
    case TagName::kCitation: return tag.closing ? "</cite>" : "<cite>";
    case TagName::kForeign: return tag.closing ? "</i>" : "<i>";
    case TagName::kLanguage: return tag.closing ? "</span>" : "<span>";
  }
  return "?";
}

bool IsPageLabel(std::string_view label) {
  if (label.empty()) return false;
  for (char c : label) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-') return false;
  }
  return true;
}

}  // namespace galley::manuscript
