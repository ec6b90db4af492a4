#include "proof/comparison.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "proof/page_comparison.h"
#include "proof/printed_pages.h"
#include "proof/paragraph_alignment.h"
#include "proof/quality_comparison.h"

namespace galley::proof {

namespace {

// Ratios are written with three decimals; anything below half the last digit is the same.
constexpr double kSameRatio = 0.0005;

// Lines of paragraphs whose breaks did not change, set at another ratio: a template's spacing
// parameters, or a font, changed the colour without moving a break.
std::vector<RatioChange> CompareRatios(const Comparison& comparison) {
  std::vector<RatioChange> changes;
  for (const ParagraphChange& change : comparison.paragraphs) {
    if (change.status != ParagraphStatus::kUnchanged && change.status != ParagraphStatus::kMoved) {
      continue;
    }
    const Paragraph& old_paragraph = comparison.before_paragraphs[change.before];
    const Paragraph& new_paragraph = comparison.after_paragraphs[change.after];
    for (size_t k = 0; k < old_paragraph.line_count; ++k) {
      size_t old_line = old_paragraph.first_line + k, new_line = new_paragraph.first_line + k;
      double delta =
          comparison.after.lines[new_line].ratio - comparison.before.lines[old_line].ratio;
      if (std::fabs(delta) >= kSameRatio) changes.push_back({old_line, new_line});
    }
  }
  return changes;
}

std::vector<StylePair> SameTextPairs(const Comparison& comparison) {
  std::vector<StylePair> pairs;
  for (size_t i = 0; i < comparison.paragraphs.size(); ++i) {
    const ParagraphChange& change = comparison.paragraphs[i];
    if (change.before < 0 || change.after < 0 ||
        change.status == ParagraphStatus::kTextChanged) {
      continue;
    }
    int old_id = comparison.before_paragraphs[change.before].id;
    int new_id = comparison.after_paragraphs[change.after].id;
    if (old_id != 0 && new_id != 0) pairs.push_back({old_id, new_id, i});
  }
  return pairs;
}

// The breaks only one side of each re-broken paragraph has.
void FindBreakChanges(Comparison* comparison) {
  for (ParagraphChange& change : comparison->paragraphs) {
    if (change.status != ParagraphStatus::kRebroken) continue;
    std::vector<BreakPoint> old_breaks =
        BreaksOf(comparison->before, comparison->before_paragraphs[change.before]);
    std::vector<BreakPoint> new_breaks =
        BreaksOf(comparison->after, comparison->after_paragraphs[change.after]);
    std::set_difference(old_breaks.begin(), old_breaks.end(), new_breaks.begin(),
                        new_breaks.end(), std::back_inserter(change.breaks_gone));
    std::set_difference(new_breaks.begin(), new_breaks.end(), old_breaks.begin(),
                        old_breaks.end(), std::back_inserter(change.breaks_new));
  }
}

// For each line after, the line before it is when its paragraph kept its breaks; else -1.
std::vector<long> SameLines(const Comparison& comparison) {
  std::vector<long> same(comparison.after.lines.size(), -1);
  for (const ParagraphChange& change : comparison.paragraphs) {
    if (change.status != ParagraphStatus::kUnchanged && change.status != ParagraphStatus::kMoved) {
      continue;
    }
    const Paragraph& old_paragraph = comparison.before_paragraphs[change.before];
    const Paragraph& new_paragraph = comparison.after_paragraphs[change.after];
    for (size_t k = 0; k < new_paragraph.line_count; ++k) {
      same[new_paragraph.first_line + k] = static_cast<long>(old_paragraph.first_line + k);
    }
  }
  return same;
}

// Pages whose first and last lines are lines set as before, the same number of lines later
// (or earlier) in the text, with the same count of lines.
void FindShifts(Comparison* comparison) {
  std::vector<long> same = SameLines(*comparison);
  for (PageChange& page : comparison->pages) {
    if (!page.before || !page.after || page.before->line_count != page.after->line_count) {
      continue;
    }
    size_t first = page.after->first_line, last = first + page.after->line_count - 1;
    if (same[first] < 0 || same[last] < 0) continue;
    long shift = same[first] - static_cast<long>(page.before->first_line);
    long last_shift =
        same[last] - static_cast<long>(page.before->first_line + page.before->line_count - 1);
    if (shift != 0 && shift == last_shift) {
      page.shift_only = true;
      page.shift = static_cast<int>(shift);
    }
  }
}

BookDifferences CompareFrames(const Comparison& comparison) {
  const frames::DocumentFrames& before = *comparison.before_frames;
  const frames::DocumentFrames& after = *comparison.after_frames;
  BookDifferences book;
  book.settings = CompareSettings(before, after);
  book.furniture = CompareFurniture(before, after);
  book.styles = CompareStyles(before, after, SameTextPairs(comparison));
  book.quality = CompareQualityOf(before, after);
  book.printed_pages = DifferentPages(before, after);
  return book;
}

}  // namespace

bool BookDifferences::Differs() const {
  return !printed_pages.empty() || !furniture.empty() || !styles.empty() || quality.Differs();
}

int Comparison::Count(ParagraphStatus status) const {
  int count = 0;
  for (const ParagraphChange& change : paragraphs) count += change.status == status ? 1 : 0;
  return count;
}

bool Comparison::Differs() const {
  if (book && book->Differs()) return true;
  if (before.pages != after.pages || !pages.empty() || !quality.empty() || !ratios.empty()) {
    return true;
  }
  for (const ParagraphChange& change : paragraphs) {
    if (change.status != ParagraphStatus::kUnchanged) return true;
  }
  return false;
}

Comparison CompareRecords(Record before, Record after) {
  Comparison comparison;
  comparison.before = std::move(before);
  comparison.after = std::move(after);
  comparison.before_paragraphs = GroupParagraphs(comparison.before);
  comparison.after_paragraphs = GroupParagraphs(comparison.after);
  comparison.paragraphs = AlignParagraphs(comparison.before, comparison.before_paragraphs,
                                          comparison.after, comparison.after_paragraphs);
  comparison.pages = ComparePages(comparison.before, comparison.after);
  comparison.quality = CompareQuality(
      comparison.before, FindQualityProblems(comparison.before, comparison.before_paragraphs),
      comparison.after, FindQualityProblems(comparison.after, comparison.after_paragraphs));
  comparison.ratios = CompareRatios(comparison);
  FindBreakChanges(&comparison);
  FindShifts(&comparison);
  return comparison;
}

Comparison CompareBooks(ProofBook before, ProofBook after) {
  bool frames = before.frames.has_value() && after.frames.has_value();
  Comparison comparison = CompareRecords(std::move(before.record), std::move(after.record));
  if (!frames) return comparison;
  comparison.before_frames = std::move(before.frames);
  comparison.after_frames = std::move(after.frames);
  comparison.quality.clear();  // the quality library measures frames: book->quality
  comparison.book = CompareFrames(comparison);
  return comparison;
}

}  // namespace galley::proof
