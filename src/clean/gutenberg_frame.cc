#include "clean/gutenberg_frame.h"

#include <algorithm>
#include <optional>

#include "clean/clean_rules.h"
#include "clean/source_text.h"

namespace galley {
namespace {

std::string Upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

std::string_view Trimmed(std::string_view text) {
  size_t first = text.find_first_not_of(" \t");
  return first == std::string_view::npos ? std::string_view() : text.substr(first);
}

bool IsStartLine(std::string_view line) {
  std::string upper = Upper(line);
  bool start = upper.find("*** START OF TH") != std::string::npos ||
               upper.find("***START OF TH") != std::string::npos;
  return (start && upper.find("PROJECT GUTENBERG") != std::string::npos) ||
         upper.find("*END*THE SMALL PRINT") != std::string::npos;
}

bool IsEndLine(std::string_view line) {
  std::string upper = Upper(line);
  return (upper.find("*** END OF TH") != std::string::npos ||
          upper.find("***END OF TH") != std::string::npos) &&
         upper.find("PROJECT GUTENBERG") != std::string::npos;
}

// "End of the Project Gutenberg EBook of …", "End of Project Gutenberg's …".
bool IsEndOfBookLine(std::string_view line) {
  std::string upper = Upper(Trimmed(line));
  return upper.starts_with("END OF THE PROJECT GUTENBERG") ||
         upper.starts_with("END OF PROJECT GUTENBERG") ||
         upper.starts_with("END OF THIS PROJECT GUTENBERG");
}

bool IsCreditLine(std::string_view line) {
  std::string upper = Upper(Trimmed(line));
  for (std::string_view start : {"PRODUCED BY", "THIS ETEXT WAS PRODUCED", "THIS EBOOK WAS PRODUCED",
                                 "THIS E-TEXT WAS PRODUCED", "E-TEXT PREPARED BY",
                                 "ETEXT PREPARED BY", "TRANSCRIBED BY", "TRANSCRIBED FROM"}) {
    if (upper.starts_with(start)) return true;
  }
  return false;
}

// A credit that names only the producers ("Delphine Lettau, Charles Franks, and the Online
// Distributed Proofreading Team."): the Distributed Proofreaders, in any of their credit's
// wordings, are never the book's. Read over the paragraph, since the name may wrap.
bool IsCreditParagraph(const std::vector<SourceLine>& lines, size_t first) {
  if (IsCreditLine(lines[first].text)) return true;
  constexpr size_t kLongestCredit = 4;  // lines
  std::string paragraph;
  for (size_t l = first; l < lines.size() && l < first + kLongestCredit; ++l) {
    if (IsBlank(lines[l].text)) break;
    paragraph.append(" ").append(Trimmed(lines[l].text));
  }
  std::string upper = Upper(paragraph);
  return upper.find("DISTRIBUTED PROOFREAD") != std::string::npos ||
         upper.find("DISTRIBUTED PROOF-READ") != std::string::npos;
}

// "Note: Project Gutenberg also has an HTML version of this file which includes the original
// illustrations. See 17997-h.htm …": Project Gutenberg's own note, after the producers' credit.
bool IsEditionsNoteLine(std::string_view line) {
  std::string upper = Upper(Trimmed(line));
  return upper.starts_with("NOTE: PROJECT GUTENBERG ALSO HAS");
}

// A start line too long for its file's line width goes on over one or two more lines
// ("***START OF THE PROJECT GUTENBERG EBOOK CONTRIBUTION TO PASSAMAQUODDY" / "FOLK-LORE***"):
// the header ends with the line that closes its "***".
size_t EndOfStartLine(const std::vector<SourceLine>& lines, size_t start) {
  auto closes = [](std::string_view text) {
    size_t last = text.find_last_not_of(" \t");
    return last != std::string_view::npos && last >= 2 && text.substr(last - 2, 3) == "***";
  };
  if (closes(lines[start].text) || Upper(lines[start].text).find("SMALL PRINT") != std::string::npos) {
    return start;
  }
  for (size_t next = start + 1; next < lines.size() && next <= start + 2; ++next) {
    if (IsBlank(lines[next].text)) break;
    if (closes(lines[next].text)) return next;
  }
  return start;
}

// The end (one past) of the paragraph starting at the first non-blank line from `from`, when
// `is` holds for the paragraph starting at that line; else `from`.
size_t SkipParagraphIf(const std::vector<SourceLine>& lines, size_t from,
                       bool (*is)(const std::vector<SourceLine>&, size_t), size_t* first) {
  size_t line = from;
  while (line < lines.size() && IsBlank(lines[line].text)) ++line;
  if (line == lines.size() || !is(lines, line)) return from;
  *first = line;
  while (line < lines.size() && !IsBlank(lines[line].text)) ++line;
  return line;
}

bool IsEditionsNoteParagraph(const std::vector<SourceLine>& lines, size_t first) {
  return IsEditionsNoteLine(lines[first].text);
}

std::optional<size_t> Find(const std::vector<SourceLine>& lines, bool (*is)(std::string_view)) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (is(lines[i].text)) return i;
  }
  return std::nullopt;
}

void Record(const std::vector<SourceLine>& lines, size_t first, size_t end, std::string_view what,
            Review* review) {
  size_t shown = first;
  while (shown < end && IsBlank(lines[shown].text)) ++shown;
  if (shown == end) return;
  std::string range = "lines " + std::to_string(lines[first].number) + "\u2013" +
                      std::to_string(lines[end - 1].number);
  review->changes.push_back({std::string(rule::kGutenberg), lines[shown].number,
                             std::string(Trimmed(lines[shown].text)) + " \u2026", "",
                             std::string(what) + ", " + range});
}

}  // namespace

bool HasGutenbergStart(const std::vector<SourceLine>& lines) {
  return Find(lines, IsStartLine).has_value();
}

void RemoveGutenbergFrame(std::vector<SourceLine>* lines, const std::string& source,
                          Review* review) {
  std::optional<size_t> start = Find(*lines, IsStartLine);
  if (!start) {
    review->doubts.push_back({std::string(rule::kGutenberg), 1, source,
                              "no \"*** START OF THE PROJECT GUTENBERG EBOOK\" line: nothing was "
                              "left out as Project Gutenberg's header"});
  }
  // Without a start line (a copy whose header was cut off) the text starts at the top; its
  // footer, if it kept one, is still no part of the book.
  size_t header_end = start ? EndOfStartLine(*lines, *start) + 1 : 0;
  size_t credit = header_end;
  size_t body = start ? SkipParagraphIf(*lines, header_end, IsCreditParagraph, &credit) : 0;
  size_t note = body;
  size_t after_note = SkipParagraphIf(*lines, body, IsEditionsNoteParagraph, &note);
  size_t text = after_note;
  size_t footer = lines->size();
  for (size_t i = text; i < lines->size(); ++i) {
    if (IsEndLine((*lines)[i].text) || IsEndOfBookLine((*lines)[i].text)) {
      footer = i;
      break;
    }
  }
  if (start) Record(*lines, 0, header_end, "Project Gutenberg's header", review);
  if (credit < body) Record(*lines, credit, body, "the producers' credit", review);
  if (note < after_note) {
    Record(*lines, note, after_note, "Project Gutenberg's note on its other editions", review);
  }
  if (footer < lines->size()) {
    Record(*lines, footer, lines->size(), "Project Gutenberg's footer and licence", review);
  }
  lines->erase(lines->begin() + static_cast<long>(footer), lines->end());
  lines->erase(lines->begin(), lines->begin() + static_cast<long>(text));
}

}  // namespace galley
