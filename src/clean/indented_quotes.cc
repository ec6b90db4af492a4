#include "clean/indented_quotes.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>

#include "typography/characters.h"

namespace galley {
namespace {

// How much further in than the body's edge a quotation's lines stand, at least.
constexpr int kLeastIndent = 2;
// A quotation's edge lies at most this share of the measure in from the body's edge.
constexpr double kDeepestIndent = 0.25;
// Verse: every line but a stanza's last ends before this share of the measure.
constexpr double kVerseLineEnd = 0.75;
// Verse: at least this many lines after each stanza's first begin with a capital.
constexpr size_t kLeastCapitalLines = 2;
// A quoted paragraph of at least this many lines is verse or prose by its own lines; a shorter
// one is what its quotation is.
constexpr size_t kLinesToDecideAlone = 4;
// A text indents its paragraphs' first lines when this many one-line runs at one indentation
// are followed directly by a line at the body's edge.
constexpr int kLeastParagraphIndents = 3;
// Verse may set its lines in at this many indentations at most (its edge among them).
constexpr size_t kMostVerseIndents = 3;
// A line of at least this many columns of text is wrapped prose, not verse or a heading.
constexpr int kLongLine = 50;
// The measure: where this share of the lines at the body's edge end.
constexpr double kMeasurePercentile = 0.9;
constexpr int kTabStop = 8;

struct LineShape {
  bool blank = true;
  int indent = 0;  // columns of leading spaces (a tab advances to the next multiple of 8)
  int end = 0;     // the column after the line's last character
  char32_t first_letter = 0;
};

LineShape ShapeOf(std::string_view text) {
  LineShape shape;
  size_t at = 0;
  for (; at < text.size() && (text[at] == ' ' || text[at] == '\t'); ++at) {
    shape.indent = text[at] == '\t' ? (shape.indent / kTabStop + 1) * kTabStop : shape.indent + 1;
  }
  size_t last = text.find_last_not_of(" \t");
  if (at >= text.size() || last == std::string_view::npos) return shape;
  shape.blank = false;
  std::vector<CodePoint> cps = DecodeCodePoints(text.substr(at, last + 1 - at));
  shape.end = shape.indent + static_cast<int>(cps.size());
  for (const CodePoint& cp : cps) {
    if (u_isalpha(static_cast<UChar32>(cp.value))) {
      shape.first_letter = cp.value;
      break;
    }
  }
  return shape;
}

struct Run {
  size_t first = 0;  // line indices, inclusive
  size_t last = 0;
  int edge = 0;      // the smallest indentation among its lines
  bool eligible = false;  // bounded, not too deep, not a hanging indent, no list item
  bool quoted = false;
  int quotation = 0;
  size_t size() const { return last - first + 1; }
};

class QuoteFinder {
 public:
  QuoteFinder(const std::vector<SourceLine>& lines,
              const std::vector<std::optional<ListItemStart>>& list_items)
      : list_items_(list_items) {
    for (const SourceLine& line : lines) shapes_.push_back(ShapeOf(line.text));
    FindBody();
  }

  std::vector<std::optional<QuotedLine>> Find() {
    std::vector<Run> runs = FindRuns();
    FindParagraphIndent(runs);
    for (Run& run : runs) run.quoted = run.eligible && IsConsistent(run);
    JoinSingleLines(&runs);
    return Number(runs);
  }

 private:
  void FindBody() {
    // Prose is wrapped into long lines; verse and headings are short. Counting long lines
    // only, a book of poems with a prose preface still finds the prose's edge.
    std::map<int, int> count_of, long_count_of;
    for (const LineShape& shape : shapes_) {
      if (shape.blank) continue;
      ++count_of[shape.indent];
      if (shape.end - shape.indent >= kLongLine) ++long_count_of[shape.indent];
    }
    if (!long_count_of.empty()) count_of = std::move(long_count_of);
    int most = 0;
    for (const auto& [indent, count] : count_of) {
      if (count > most) {
        most = count;
        body_edge_ = indent;
      }
    }
    std::vector<int> ends;
    for (const LineShape& shape : shapes_) {
      if (!shape.blank && shape.indent == body_edge_) ends.push_back(shape.end);
    }
    if (ends.empty()) return;
    std::sort(ends.begin(), ends.end());
    measure_ = ends[static_cast<size_t>(kMeasurePercentile * static_cast<double>(ends.size() - 1))] -
               body_edge_;
  }

  bool Indented(size_t i) const {
    return !shapes_[i].blank && shapes_[i].indent >= body_edge_ + kLeastIndent;
  }

  bool IsListItem(size_t i) const { return i < list_items_.size() && list_items_[i].has_value(); }

  // A boundary: a blank line, the text's start or end, or a line at the body's very edge.
  bool IsBoundary(size_t i) const {
    return i >= shapes_.size() || shapes_[i].blank || shapes_[i].indent == body_edge_;
  }

  std::vector<Run> FindRuns() const {
    std::vector<Run> runs;
    for (size_t i = 0; i < shapes_.size(); ++i) {
      if (!Indented(i)) continue;
      Run run{i, i, shapes_[i].indent};
      while (run.last + 1 < shapes_.size() && Indented(run.last + 1)) {
        ++run.last;
        run.edge = std::min(run.edge, shapes_[run.last].indent);
      }
      run.eligible = IsEligible(run);
      runs.push_back(run);
      i = run.last;
    }
    return runs;
  }

  // A text that indents its paragraphs' first lines (a typescript, some OCR) sets a run of
  // one-line paragraphs (dialogue) at that indentation: those are no quotation.
  void FindParagraphIndent(std::vector<Run>& runs) {
    std::map<int, int> first_lines;  // indentation → one-line runs followed by text at the edge
    for (const Run& run : runs) {
      size_t next = run.last + 1;
      if (run.size() == 1 && next < shapes_.size() && !shapes_[next].blank &&
          shapes_[next].indent == body_edge_) {
        ++first_lines[run.edge];
      }
    }
    int most = 0;
    for (const auto& [indent, count] : first_lines) {
      if (count > most) {
        most = count;
        paragraph_indent_ = indent;
      }
    }
    if (most < kLeastParagraphIndents) paragraph_indent_ = -1;
    for (Run& run : runs) run.eligible = run.eligible && run.edge != paragraph_indent_;
  }

  bool IsEligible(const Run& run) const {
    if (run.edge - body_edge_ > kDeepestIndent * measure_) return false;
    bool after_text = run.first > 0 && !shapes_[run.first - 1].blank;
    if (!IsBoundary(run.first == 0 ? shapes_.size() : run.first - 1) ||
        !IsBoundary(run.last + 1)) {
      return false;
    }
    if (after_text && (u_islower(static_cast<UChar32>(shapes_[run.first].first_letter)) ||
                       IsListItem(run.first - 1))) {
      return false;  // a hanging indent
    }
    for (size_t i = run.first; i <= run.last; ++i) {
      if (IsListItem(i)) return false;
    }
    return true;
  }

  // A quotation's lines start at its edge, or some at a deeper indentation of its own (verse
  // that sets in its refrain or every second line): each indentation is shared by two lines
  // at least, and there are few of them. Centred lines and OCR's ragged spaces start at a
  // different column each.
  bool IsConsistent(const Run& run) const {
    std::map<int, size_t> lines_at;  // indentation → lines starting there
    for (size_t i = run.first; i <= run.last; ++i) ++lines_at[shapes_[i].indent];
    size_t at_edge = lines_at[run.edge];
    if (run.size() < 2 || at_edge < 2) return false;
    if (2 * at_edge >= run.size()) return true;
    return lines_at.size() <= kMostVerseIndents &&
           std::all_of(lines_at.begin(), lines_at.end(),
                       [](const auto& indent) { return indent.second >= 2; });
  }

  // Whether only blank lines stand between runs `a` and `b` (a before b).
  bool OnlyBlankBetween(const Run& a, const Run& b) const {
    for (size_t i = a.last + 1; i < b.first; ++i) {
      if (!shapes_[i].blank) return false;
    }
    return true;
  }

  void JoinSingleLines(std::vector<Run>* runs) const {
    for (size_t r = 0; r < runs->size(); ++r) {
      Run& run = (*runs)[r];
      if (run.quoted || !run.eligible || run.size() != 1) continue;
      auto joins = [&](const Run& other, const Run& before, const Run& after) {
        return other.quoted && other.edge == run.edge && OnlyBlankBetween(before, after);
      };
      run.quoted = (r > 0 && joins((*runs)[r - 1], (*runs)[r - 1], run)) ||
                   (r + 1 < runs->size() && joins((*runs)[r + 1], run, (*runs)[r + 1]));
    }
  }

  std::vector<std::optional<QuotedLine>> Number(std::vector<Run>& runs) const {
    std::vector<std::optional<QuotedLine>> out(shapes_.size());
    int quotation = 0;
    for (size_t r = 0; r < runs.size(); ++r) {
      if (!runs[r].quoted) continue;
      size_t end = r;
      while (end + 1 < runs.size() && runs[end + 1].quoted &&
             OnlyBlankBetween(runs[end], runs[end + 1])) {
        ++end;
      }
      ++quotation;
      bool verse = IsVerse(runs, r, end);
      for (size_t q = r; q <= end; ++q) {
        // A stanza or paragraph long enough to show what it is decides for itself: a ballad
        // quoted after a paragraph of prose (or a song's words set as running text) is verse.
        bool run_verse = runs[q].size() >= kLinesToDecideAlone ? IsVerse(runs, q, q) : verse;
        for (size_t i = runs[q].first; i <= runs[q].last; ++i) {
          out[i] = QuotedLine{quotation, run_verse};
        }
      }
      r = end;
    }
    return out;
  }

  // Runs [first, last] are one quotation: verse by short lines or by capitals.
  bool IsVerse(const std::vector<Run>& runs, size_t first, size_t last) const {
    bool short_lines = false;
    bool long_line = false;
    size_t continuation_lines = 0;
    bool capitals = true;
    for (size_t r = first; r <= last; ++r) {
      for (size_t i = runs[r].first; i <= runs[r].last; ++i) {
        if (i < runs[r].last) {
          bool is_short = shapes_[i].end - body_edge_ < kVerseLineEnd * measure_;
          short_lines = short_lines || is_short;
          long_line = long_line || !is_short;
        }
        if (i == runs[r].first) continue;
        ++continuation_lines;
        capitals = capitals && u_isupper(static_cast<UChar32>(shapes_[i].first_letter));
      }
    }
    return (short_lines && !long_line) || (capitals && continuation_lines >= kLeastCapitalLines);
  }

  const std::vector<std::optional<ListItemStart>>& list_items_;
  std::vector<LineShape> shapes_;
  int body_edge_ = 0;
  double measure_ = 0;
  int paragraph_indent_ = -1;  // the indentation of paragraphs' first lines; -1: none
};

}  // namespace

std::vector<std::optional<QuotedLine>> FindIndentedQuotes(
    const std::vector<SourceLine>& lines,
    const std::vector<std::optional<ListItemStart>>& list_items) {
  return QuoteFinder(lines, list_items).Find();
}

}  // namespace galley
