#include "base/xml_chars.h"

#include <cstdio>

#include "base/utf8.h"

namespace galley {

namespace {

// Decodes the code point at `*at`, advancing; an ill-formed sequence gives nullopt.
std::optional<char32_t> DecodeStrict(std::string_view text, size_t* at) {
  size_t start = *at;
  char32_t c = DecodeUtf8(text, at);
  if (c == 0xFFFD && text.substr(start, *at - start) != "\xEF\xBF\xBD") return std::nullopt;
  return c;
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '-' || c == '.' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

// The reference at xml[at] ('&'): a problem, or nullopt when it is one XML accepts.
std::optional<std::string> ReferenceProblem(std::string_view xml, size_t at) {
  size_t semicolon = xml.find(';', at);
  std::string_view body =
      semicolon == std::string_view::npos ? xml.substr(at + 1) : xml.substr(at + 1, semicolon - at - 1);
  if (semicolon == std::string_view::npos || body.empty() || body.size() > 40) {
    return "an `&` that starts no reference (write `&amp;`)";
  }
  if (body[0] != '#') {
    for (char c : body) {
      if (!IsNameChar(c)) return "an `&` that starts no reference (write `&amp;`)";
    }
    if (body == "amp" || body == "lt" || body == "gt" || body == "quot" || body == "apos") {
      return std::nullopt;
    }
    return "the entity `&" + std::string(body) + ";`, which no DTD declares";
  }
  bool hex = body.size() > 1 && body[1] == 'x';
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return "a malformed character reference";
  unsigned long value = 0;
  for (char c : digits) {
    int digit = c >= '0' && c <= '9'                ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
    if (digit < 0) return "a malformed character reference";
    value = value * (hex ? 16 : 10) + static_cast<unsigned long>(digit);
  }
  if (value > 0x10FFFF || !IsXmlChar(static_cast<char32_t>(value))) {
    return "a reference to " + DescribeNonXmlChar(static_cast<char32_t>(value)) +
           ", which XML 1.0 forbids";
  }
  return std::nullopt;
}

// Where the markup construct opening at xml[at] ('<') ends if references inside it are not
// references (comments, CDATA, processing instructions, the DOCTYPE); npos for other markup.
size_t EndOfOpaqueMarkup(std::string_view xml, size_t at) {
  auto ends_after = [&](std::string_view opener, std::string_view closer) -> size_t {
    if (xml.substr(at, opener.size()) != opener) return std::string_view::npos;
    size_t end = xml.find(closer, at + opener.size());
    return end == std::string_view::npos ? xml.size() : end + closer.size();
  };
  for (auto [opener, closer] : {std::pair<std::string_view, std::string_view>{"<!--", "-->"},
                                {"<![CDATA[", "]]>"},
                                {"<?", "?>"},
                                {"<!DOCTYPE", ">"}}) {
    size_t end = ends_after(opener, closer);
    if (end != std::string_view::npos) return end;
  }
  return std::string_view::npos;
}

}  // namespace

bool IsXmlChar(char32_t c) {
  if (c < 0x20) return c == 0x9 || c == 0xA || c == 0xD;
  if (c <= 0xD7FF) return true;
  if (c < 0xE000) return false;
  if (c <= 0xFFFD) return true;
  return c >= 0x10000 && c <= 0x10FFFF;
}

size_t FindNonXmlChar(std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    size_t start = at;
    if (static_cast<unsigned char>(text[at]) >= 0x20 && static_cast<unsigned char>(text[at]) < 0x80) {
      ++at;  // the common case, quickly
      continue;
    }
    std::optional<char32_t> c = DecodeStrict(text, &at);
    if (!c || !IsXmlChar(*c)) return start;
  }
  return std::string_view::npos;
}

std::string DescribeNonXmlChar(char32_t c) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  std::string kind = c < 0x20 || (c >= 0x7F && c < 0xA0) ? " (a control character)"
                     : c == 0xFFFE || c == 0xFFFF      ? " (a noncharacter)"
                     : c >= 0xD800 && c < 0xE000       ? " (a surrogate)"
                                                       : "";
  return code + kind;
}

std::optional<XmlCharProblem> FindXmlCharProblem(std::string_view xml) {
  size_t opaque_end = 0;  // inside a comment, CDATA section or PI until here
  for (size_t at = 0; at < xml.size();) {
    unsigned char byte = static_cast<unsigned char>(xml[at]);
    if (at >= opaque_end && byte == '<') {
      size_t end = EndOfOpaqueMarkup(xml, at);
      if (end != std::string_view::npos) opaque_end = end;
    } else if (at >= opaque_end && byte == '&') {
      if (std::optional<std::string> problem = ReferenceProblem(xml, at)) {
        return XmlCharProblem{at, std::move(*problem)};
      }
    }
    if (byte >= 0x20 && byte < 0x80) {
      ++at;
      continue;
    }
    size_t start = at;
    std::optional<char32_t> c = DecodeStrict(xml, &at);
    if (!c) return XmlCharProblem{start, "bytes that are not UTF-8"};
    if (!IsXmlChar(*c)) {
      return XmlCharProblem{start, DescribeNonXmlChar(*c) + ", which XML 1.0 forbids"};
    }
  }
  return std::nullopt;
}

}  // namespace galley
