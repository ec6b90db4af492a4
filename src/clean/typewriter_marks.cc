#include "clean/typewriter_marks.h"

#include <cctype>
#include <string>
#include <string_view>

#include "clean/clean_rules.h"

namespace galley {
namespace {

struct MarkKindFound {
  std::string_view rule;
  std::string_view what;
  std::string_view instead;
  int first_line = 0;
  std::string first_context;
  int lines = 0;
};

// The line's text as prose: code spans, tags and escaped characters blanked out.
std::string ProseOf(std::string_view line) {
  std::string out(line);
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\\' && i + 1 < out.size()) {
      out[i] = out[i + 1] = ' ';
      ++i;
    } else if (out[i] == '`') {
      size_t close = out.find('`', i + 1);
      if (close == std::string::npos) break;
      std::fill(out.begin() + static_cast<long>(i), out.begin() + static_cast<long>(close) + 1, ' ');
      i = close;
    } else if (out[i] == '<' && i + 1 < out.size() &&
               (std::isalpha(static_cast<unsigned char>(out[i + 1])) || out[i + 1] == '/')) {
      size_t close = out.find('>', i);
      if (close == std::string::npos) break;
      std::fill(out.begin() + static_cast<long>(i), out.begin() + static_cast<long>(close) + 1, ' ');
      i = close;
    }
  }
  return out;
}

// The words around `at`, as the review shows a doubt's place.
std::string ContextAt(std::string_view line, size_t at) {
  size_t begin = line.rfind(' ', at);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  size_t end = line.find(' ', at);
  return std::string(line.substr(begin, end == std::string_view::npos ? end : end - begin));
}

void Note(MarkKindFound* kind, const SourceLine& line, size_t at) {
  if (kind->lines++ == 0) {
    kind->first_line = line.number;
    kind->first_context = ContextAt(line.text, at);
  }
}

}  // namespace

void ReportTypewriterMarks(const std::vector<SourceLine>& lines, Review* review) {
  MarkKindFound quotes{rule::kQuotes, "straight quotes",
                       "type \u201C \u201D \u2018 \u2019 (\u2019 for an apostrophe)", 0, {}, 0};
  MarkKindFound dashes{rule::kDash, "double hyphens", "type an en dash \u2013, spaced as a dash",
                       0, {}, 0};
  MarkKindFound dots{rule::kEllipsis, "three dots", "type an ellipsis \u2026", 0, {}, 0};
  bool fenced = false;
  for (const SourceLine& line : lines) {
    if (line.text.starts_with("```") || line.text.starts_with("~~~")) fenced = !fenced;
    if (fenced) continue;
    std::string prose = ProseOf(line.text);
    if (size_t at = prose.find_first_of("\"'"); at != std::string::npos) Note(&quotes, line, at);
    if (size_t at = prose.find("--"); at != std::string::npos) Note(&dashes, line, at);
    if (size_t at = prose.find("..."); at != std::string::npos) Note(&dots, line, at);
  }
  for (const MarkKindFound* kind : {&quotes, &dashes, &dots}) {
    if (kind->lines == 0) continue;
    review->doubts.push_back(
        {std::string(kind->rule), kind->first_line, kind->first_context,
         std::string(kind->what) + " on " + std::to_string(kind->lines) +
             (kind->lines == 1 ? " line" : " lines") +
             " of source.md, this the first: a Markdown source is printed as typed; " +
             std::string(kind->instead) + " in source.md or corrections.tsv"});
  }
}

}  // namespace galley
