#include "clean/line_rules.h"

#include <unicode/uchar.h>

#include "typography/characters.h"

namespace galley {
namespace {

std::string_view Trim(std::string_view text) {
  size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  size_t last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsRomanNumeral(std::string_view text) {
  return !text.empty() && text.find_first_not_of("ivxlcdm") == std::string_view::npos;
}

// Strips one leading and one trailing dash (hyphen, en dash, em dash), with the spaces inside
// them; returns false if either is missing.
bool StripDashes(std::string_view* text) {
  for (std::string_view dash : {"-", "\u2013", "\u2014"}) {
    if (text->substr(0, dash.size()) == dash) {
      text->remove_prefix(dash.size());
      for (std::string_view end : {"-", "\u2013", "\u2014"}) {
        if (text->size() >= end.size() && text->substr(text->size() - end.size()) == end) {
          text->remove_suffix(end.size());
          *text = Trim(*text);
          return true;
        }
      }
      return false;
    }
  }
  return false;
}

}  // namespace

std::optional<HeadingLine> ParseHeadingLine(std::string_view line) {
  size_t level = 0;
  while (level < line.size() && line[level] == '#') ++level;
  if (level == 0 || level > 6) return std::nullopt;
  if (level < line.size() && line[level] != ' ' && line[level] != '\t') return std::nullopt;
  std::string_view text = Trim(line.substr(level));
  size_t closing = text.find_last_not_of('#');
  if (closing == std::string_view::npos) return std::nullopt;  // only #s: noise
  if (closing + 1 < text.size() && (text[closing] == ' ' || text[closing] == '\t')) {
    text = Trim(text.substr(0, closing + 1));
  }
  if (text.empty()) return std::nullopt;
  return HeadingLine{static_cast<int>(level), std::string(text)};
}

std::optional<std::string> FolioLabel(std::string_view line) {
  std::string_view text = Trim(line);
  if (!StripDashes(&text) || text.empty()) return std::nullopt;
  bool digits = true;
  for (char c : text) digits = digits && IsAsciiDigit(c);
  if (!digits && !IsRomanNumeral(text)) return std::nullopt;
  return std::string(text);
}

bool IsSceneBreakLine(std::string_view line) {
  std::string_view text = Trim(line);
  bool star = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '*') {
      star = true;
    } else if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '*') {
      continue;
    } else if (text[i] != ' ' && text[i] != '\t') {
      return false;
    }
  }
  return star;
}

bool IsStrayNumberLine(std::string_view line) {
  std::string_view text = Trim(line);
  if (text.empty()) return false;
  for (char c : text) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

bool IsNoiseLine(std::string_view line) {
  bool any = false;
  for (const CodePoint& cp : DecodeCodePoints(line)) {
    if (IsSpaceCharacter(cp.value)) continue;
    if (!u_ispunct(static_cast<UChar32>(cp.value))) return false;
    any = true;
  }
  return any;
}

}  // namespace galley
