#include "clean/structure_file.h"

#include <algorithm>

#include "base/quoted_value.h"
#include "clean/source_text.h"
#include "clean/tsv_fields.h"

namespace galley {
namespace {

constexpr const char* kDirectivesHint =
    "a directive is one of: division, move, lead-in, heading-level, drop (see "
    "docs/corrections.md)";

struct DirectiveForm {
  std::string_view name;
  DirectiveKind kind;
  size_t fields;  // including the name
  std::string_view usage;
};

const std::vector<DirectiveForm>& Forms() {
  static const std::vector<DirectiveForm> forms = {
      {"division", DirectiveKind::kDivision, 5, "division<TAB>KIND<TAB>ROLE<TAB>TITLE<TAB>ANCHOR"},
      {"move", DirectiveKind::kMove, 4, "move<TAB>ANCHOR<TAB>before|after<TAB>ANCHOR"},
      {"lead-in", DirectiveKind::kLeadIn, 2, "lead-in<TAB>ANCHOR"},
      {"heading-level", DirectiveKind::kHeadingLevel, 3, "heading-level<TAB>ANCHOR<TAB>LEVEL"},
      {"drop", DirectiveKind::kDrop, 3, "drop<TAB>FIRST ANCHOR<TAB>LAST ANCHOR"},
  };
  return forms;
}

std::string Join(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view word : words) out += (out.empty() ? "" : ", ") + std::string(word);
  return out;
}

class LineParser {
 public:
  LineParser(const std::string& file, const SourceLine& line)
      : file_(file), line_(line), fields_(SplitTsvFields(line.text)) {}

  Result<StructureDirective> Parse() {
    auto form = std::find_if(Forms().begin(), Forms().end(), [&](const DirectiveForm& f) {
      return f.name == fields_[0].text;
    });
    if (form == Forms().end()) {
      return Fail(1, "unknown directive \"" + ClipForMessage(fields_[0].text) + "\"",
                  kDirectivesHint);
    }
    if (fields_.size() != form->fields) {
      return Fail(fields_.size() > form->fields ? fields_[form->fields].column
                                                : EndColumn(line_.text),
                  std::string("\"").append(form->name).append("\" takes ") +
                      std::to_string(form->fields - 1) + " tab-separated fields, this line has " +
                      std::to_string(fields_.size() - 1),
                  "write " + std::string(form->usage));
    }
    StructureDirective directive;
    directive.kind = form->kind;
    directive.line = line_.number;
    switch (form->kind) {
      case DirectiveKind::kDivision: return ParseDivision(std::move(directive));
      case DirectiveKind::kMove: return ParseMove(std::move(directive));
      case DirectiveKind::kLeadIn: return WithAnchor(std::move(directive), 1);
      case DirectiveKind::kHeadingLevel: return ParseLevel(std::move(directive));
      case DirectiveKind::kDrop: return ParseDrop(std::move(directive));
    }
    return directive;
  }

 private:
  Result<StructureDirective> ParseDivision(StructureDirective directive) {
    const std::string& kind = fields_[1].text;
    if (kind != "front" && kind != "body" && kind != "back") {
      return Fail(fields_[1].column, "unknown division kind \"" + ClipForMessage(kind) + "\"",
                  "a division's kind is front, body or back");
    }
    std::string role = fields_[2].text == "-" ? "" : fields_[2].text;
    const std::vector<std::string_view>& roles = KnownRoles(kind);
    if (!role.empty() && std::find(roles.begin(), roles.end(), role) == roles.end()) {
      return Fail(fields_[2].column,
                  "unknown role \"" + ClipForMessage(role) + "\" for a " + ClipForMessage(kind) +
                      " division",
                  "known roles: " + Join(roles) + "; or - for none");
    }
    directive.division_kind = kind;
    directive.role = role;
    directive.title = fields_[3].text == "-" ? "" : fields_[3].text;
    return WithAnchor(std::move(directive), 4);
  }

  Result<StructureDirective> ParseMove(StructureDirective directive) {
    const std::string& where = fields_[2].text;
    if (where != "before" && where != "after") {
      return Fail(fields_[2].column,
                  "a move goes \"before\" or \"after\", not \"" + ClipForMessage(where) + "\"",
                  "write move<TAB>ANCHOR<TAB>before<TAB>ANCHOR");
    }
    directive.before = where == "before";
    Result<Anchor> target = AnchorAt(3);
    if (!target.ok()) return target.take_error();
    directive.target = *target;
    return WithAnchor(std::move(directive), 1);
  }

  Result<StructureDirective> ParseDrop(StructureDirective directive) {
    Result<Anchor> last = AnchorAt(2);
    if (!last.ok()) return last.take_error();
    directive.target = *last;
    return WithAnchor(std::move(directive), 1);
  }

  Result<StructureDirective> ParseLevel(StructureDirective directive) {
    const std::string& level = fields_[2].text;
    if (level.size() != 1 || level[0] < '1' || level[0] > '6') {
      return Fail(fields_[2].column,
                  "a heading level is a digit from 1 to 6, not \"" + ClipForMessage(level) + "\"",
                  "write heading-level<TAB>ANCHOR<TAB>3");
    }
    directive.level = level[0] - '0';
    return WithAnchor(std::move(directive), 1);
  }

  Result<StructureDirective> WithAnchor(StructureDirective directive, size_t field) {
    Result<Anchor> anchor = AnchorAt(field);
    if (!anchor.ok()) return anchor.take_error();
    directive.anchor = *anchor;
    return directive;
  }

  Result<Anchor> AnchorAt(size_t field) {
    if (fields_[field].text.empty()) {
      return Fail(fields_[field].column, "the anchor is empty",
                  "an anchor is the text a block's first line begins with in source.ocr.txt");
    }
    Anchor anchor{fields_[field].text, line_.number, fields_[field].column, line_.text};
    if (anchor.text.starts_with('@') && anchor.text.size() > 1 &&
        anchor.text.find_first_not_of("0123456789", 1) == std::string::npos &&
        AnchorLine(anchor) == 0) {
      return Fail(anchor.column, "\"" + ClipForMessage(anchor.text) + "\" is not a source line",
                  "source lines count from 1");
    }
    return anchor;
  }

  Error Fail(int column, std::string message, std::string hint) {
    return InputErrorAt(file_, line_.number, column, line_.text, std::move(message),
                        std::move(hint));
  }

  const std::string& file_;
  const SourceLine& line_;
  std::vector<TsvField> fields_;
};

}  // namespace

int AnchorLine(const Anchor& anchor) {
  const std::string& text = anchor.text;
  if (text.size() < 2 || text.size() > 10 || text[0] != '@' ||
      text.find_first_not_of("0123456789", 1) != std::string::npos) {
    return 0;
  }
  return std::stoi(text.substr(1));
}

const std::vector<std::string_view>& KnownRoles(std::string_view kind) {
  static const std::vector<std::string_view> front = {
      "biography", "foreword", "preface", "introduction", "prologue", "epigraph", "dedication",
      "acknowledgments"};
  static const std::vector<std::string_view> back = {"epilogue", "afterword", "appendix", "notes",
                                                     "colophon"};
  static const std::vector<std::string_view> body = {"prologue", "epilogue"};
  if (kind == "front") return front;
  if (kind == "back") return back;
  return body;
}

Result<std::vector<StructureDirective>> ParseStructure(std::string_view text,
                                                       const std::string& file) {
  std::vector<StructureDirective> directives;
  for (const SourceLine& line : SplitLines(text)) {
    if (IsCommentOrBlank(line.text)) continue;
    Result<StructureDirective> directive = LineParser(file, line).Parse();
    if (!directive.ok()) return directive.take_error();
    directives.push_back(std::move(*directive));
  }
  return directives;
}

}  // namespace galley
