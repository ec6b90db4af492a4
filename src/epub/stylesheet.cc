#include "epub/stylesheet.h"

#include "base/utf8.h"
#include "epub/package_layout.h"

namespace galley::epub {

namespace {

bool IsHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Decodes the CSS string starting at css[*i] (its opening quote) and moves past its end (CSS
// Syntax Level 3 §4.3.5, "Consume a string token"; §4.3.7, escapes).
std::string ConsumeString(const std::string& css, size_t* i) {
  char quote = css[(*i)++];
  std::string text;
  while (*i < css.size() && css[*i] != quote) {
    if (css[*i] != '\\') {
      text.push_back(css[(*i)++]);
      continue;
    }
    ++*i;
    if (*i >= css.size()) break;
    if (!IsHex(css[*i])) {
      if (css[*i] != '\n') text.push_back(css[*i]);  // an escaped newline continues the line
      ++*i;
      continue;
    }
    size_t start = *i;
    while (*i < css.size() && *i - start < 6 && IsHex(css[*i])) ++*i;
    auto code_point = static_cast<char32_t>(std::stoul(css.substr(start, *i - start), nullptr, 16));
    if (*i < css.size() && IsSpace(css[*i])) ++*i;  // one white space ends the escape
    AppendUtf8(code_point, &text);
  }
  ++*i;  // the closing quote
  return text;
}

// The stylesheet without its comments (which may well mention `content:`).
std::string WithoutComments(const std::string& css) {
  std::string kept;
  size_t at = 0;
  while (at < css.size()) {
    size_t open = css.find("/*", at);
    kept.append(css, at, open == std::string::npos ? std::string::npos : open - at);
    if (open == std::string::npos) break;
    size_t close = css.find("*/", open + 2);
    at = close == std::string::npos ? css.size() : close + 2;
  }
  return kept;
}

}  // namespace

std::string Stylesheet(const std::string& template_css, const std::vector<EmbeddedFont>& fonts) {
  std::string css = "/* Fonts embedded by Galley: subsets of the faces in fonts/ (SIL OFL 1.1). */\n";
  for (const EmbeddedFont& font : fonts) {
    std::string file = font.href.substr(font.href.rfind('/') + 1);
    css += "@font-face {\n";
    css += "  font-family: \"" + font.family + "\";\n";
    css += std::string("  font-style: ") + (font.italic ? "italic" : "normal") + ";\n";
    css += std::string("  font-weight: ") + (font.bold ? "bold" : "normal") + ";\n";
    css.append("  src: url(\"").append(kFontsFromStylesheet).append(file).append("\");\n");
    css += "}\n";
  }
  css += "\n";
  css += template_css;
  return css;
}

std::string GeneratedContentText(const std::string& stylesheet) {
  std::string css = WithoutComments(stylesheet);
  std::string text;
  size_t at = 0;
  while ((at = css.find("content", at)) != std::string::npos) {
    size_t i = at + 7;
    at = i;
    while (i < css.size() && IsSpace(css[i])) ++i;
    if (i >= css.size() || css[i] != ':') continue;
    ++i;
    // The value runs to the declaration's end; only its strings are shown.
    while (i < css.size() && css[i] != ';' && css[i] != '}') {
      if (css[i] == '"' || css[i] == '\'') {
        text += ConsumeString(css, &i);
      } else {
        ++i;
      }
    }
    at = i;
  }
  return text;
}

}  // namespace galley::epub
