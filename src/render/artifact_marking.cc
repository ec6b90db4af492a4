#include "render/artifact_marking.h"

#include <array>
#include <utility>
#include <vector>

namespace galley::render {

namespace {

// The character classes of §7.2.2 by table: the lexer asks for every byte of every page.
enum CharClass : unsigned char { kRegular = 0, kWhite = 1, kDelimiter = 2 };

constexpr std::array<unsigned char, 256> kCharClasses = [] {
  std::array<unsigned char, 256> classes{};
  for (unsigned char c : {' ', '\n', '\r', '\t', '\f', '\0'}) classes[c] = kWhite;
  for (unsigned char c : std::string_view("()<>[]{}/%")) classes[c] = kDelimiter;
  return classes;
}();

bool IsWhite(char c) { return kCharClasses[static_cast<unsigned char>(c)] == kWhite; }

bool IsDelimiter(char c) { return kCharClasses[static_cast<unsigned char>(c)] == kDelimiter; }

bool IsRegular(char c) { return kCharClasses[static_cast<unsigned char>(c)] == kRegular; }

struct Token {
  bool is_operator = false;
  size_t begin = 0, end = 0;
  std::string_view text;
};

// The lexical conventions of §7.2 as content streams use them (§7.8.2): operands (numbers,
// names, strings, arrays, dictionaries, true/false/null) and operators, comments skipped.
class ContentLexer {
 public:
  explicit ContentLexer(std::string_view content) : s_(content) {}

  bool AtEnd() {
    SkipWhite();
    return at_ >= s_.size();
  }
  Result<Token> Next() {
    SkipWhite();
    Token token;
    token.begin = at_;
    GALLEY_RETURN_IF_ERROR(SkipObject(0));
    token.end = at_;
    token.text = s_.substr(token.begin, token.end - token.begin);
    char first = s_[token.begin];
    bool regular = !IsDelimiter(first) && !(first >= '0' && first <= '9') && first != '+' &&
                   first != '-' && first != '.';
    token.is_operator = regular && token.text != "true" && token.text != "false" &&
                        token.text != "null";
    return token;
  }
  // After an inline image's ID operator: past its data and the EI that ends it (§8.9.7).
  Status SkipInlineImageData() {
    for (size_t at = at_; at + 2 < s_.size(); ++at) {
      if (IsWhite(s_[at]) && s_.compare(at + 1, 2, "EI") == 0 &&
          (at + 3 == s_.size() || IsWhite(s_[at + 3]))) {
        at_ = at + 3;
        return Status::Ok();
      }
    }
    return Broken("an inline image without EI");
  }
  size_t at() const { return at_; }

 private:
  static Error Broken(const std::string& what) {
    return InternalError("a page's content stream has " + what);
  }

  void SkipWhite() {
    while (at_ < s_.size()) {
      if (IsWhite(s_[at_])) {
        ++at_;
      } else if (s_[at_] == '%') {
        while (at_ < s_.size() && s_[at_] != '\n' && s_[at_] != '\r') ++at_;
      } else {
        return;
      }
    }
  }

  Status SkipObject(int depth) {
    if (depth > 64) return Broken("objects nested more than 64 deep");
    char c = s_[at_];
    if (c == '(') return SkipString();
    if (c == '[' || s_.compare(at_, 2, "<<") == 0) {
      std::string_view close = c == '[' ? "]" : ">>";
      at_ += c == '[' ? 1 : 2;
      for (;;) {
        SkipWhite();
        if (at_ >= s_.size()) return Broken("an array or dictionary that does not end");
        if (s_.compare(at_, close.size(), close) == 0) {
          at_ += close.size();
          return Status::Ok();
        }
        GALLEY_RETURN_IF_ERROR(SkipObject(depth + 1));
      }
    }
    if (c == '<') {  // a hexadecimal string
      size_t end = s_.find('>', at_);
      if (end == std::string_view::npos) return Broken("a hexadecimal string that does not end");
      at_ = end + 1;
      return Status::Ok();
    }
    if (c == ')' || c == ']' || c == '>' || c == '{' || c == '}') {
      return Broken(std::string("a stray '") + c + "'");
    }
    ++at_;  // a name's slash or the first regular character
    while (at_ < s_.size() && IsRegular(s_[at_])) ++at_;
    return Status::Ok();
  }

  Status SkipString() {
    int depth = 0;
    for (; at_ < s_.size(); ++at_) {
      char c = s_[at_];
      if (c == '\\') {
        ++at_;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' && --depth == 0) {
        ++at_;
        return Status::Ok();
      }
    }
    return Broken("a string that does not end");
  }

  std::string_view s_;
  size_t at_ = 0;
};

bool IsPathConstruction(std::string_view op) { return op == "m" || op == "re"; }

bool IsPathPainting(std::string_view op) {
  static const char* const kPainting[] = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"};
  for (const char* painting : kPainting) {
    if (op == painting) return true;
  }
  return false;
}

// Where each unmarked graphics object begins and ends.
Result<std::vector<std::pair<size_t, size_t>>> UnmarkedObjects(std::string_view content) {
  std::vector<std::pair<size_t, size_t>> objects;
  ContentLexer lexer(content);
  std::vector<bool> sequences;  // open marked-content sequences: true for a structure element's
  int structural = 0;           // how many of them are a structure element's (have an /MCID)
  enum class In { kNothing, kText, kPath } in = In::kNothing;
  size_t object_begin = 0;
  bool object_unmarked = false;
  size_t operands = std::string_view::npos;  // where the current operator's operands begin
  while (!lexer.AtEnd()) {
    Result<Token> token = lexer.Next();
    if (!token.ok()) return token.take_error();
    if (!token->is_operator) {
      if (operands == std::string_view::npos) operands = token->begin;
      continue;
    }
    const std::string_view op = token->text;
    const size_t begin = operands == std::string_view::npos ? token->begin : operands;
    operands = std::string_view::npos;
    if (op == "BDC" || op == "BMC") {
      bool element = op == "BDC" &&
                     content.substr(begin, token->begin - begin).find("/MCID") != std::string_view::npos;
      sequences.push_back(element);
      if (element) {
        ++structural;
        object_unmarked = false;
      }
      continue;
    }
    if (op == "EMC") {
      if (sequences.empty()) return InternalError("a page's content stream has an EMC too many");
      if (sequences.back()) --structural;
      sequences.pop_back();
      continue;
    }
    if (in == In::kNothing) {
      if (op == "BT" || IsPathConstruction(op)) {
        in = op == "BT" ? In::kText : In::kPath;
        object_begin = begin;
        object_unmarked = structural == 0;
      } else if (op == "Do" || op == "sh" || op == "BI") {
        if (op == "BI") {  // an inline image: BI … ID data EI
          Result<Token> next = lexer.Next();
          while (next.ok() && !(next->is_operator && next->text == "ID")) next = lexer.Next();
          if (!next.ok()) return next.take_error();
          GALLEY_RETURN_IF_ERROR(lexer.SkipInlineImageData());
        }
        if (structural == 0) objects.push_back({begin, lexer.at()});
      }
      continue;
    }
    bool ends = in == In::kText ? op == "ET" : IsPathPainting(op);
    if (!ends) continue;
    if (object_unmarked && structural == 0) objects.push_back({object_begin, token->end});
    in = In::kNothing;
  }
  return objects;
}

}  // namespace

Result<MarkedContent> MarkUnmarkedContentAsArtifacts(std::string_view content) {
  Result<std::vector<std::pair<size_t, size_t>>> objects = UnmarkedObjects(content);
  if (!objects.ok()) return objects.take_error();
  MarkedContent out;
  out.content.reserve(content.size() + objects->size() * 20);
  size_t copied = 0;
  for (const auto& [begin, end] : *objects) {
    out.content.append(content.substr(copied, begin - copied));
    out.content += "/Artifact BMC\n";
    out.content.append(content.substr(begin, end - begin));
    out.content += "\nEMC";
    copied = end;
  }
  out.content.append(content.substr(copied));
  out.artifacts = static_cast<int>(objects->size());
  return out;
}

}  // namespace galley::render
