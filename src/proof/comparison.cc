#include "proof/comparison.h"

#include <cmath>

#include "proof/page_comparison.h"
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

}  // namespace

int Comparison::Count(ParagraphStatus status) const {
  int count = 0;
  for (const ParagraphChange& change : paragraphs) count += change.status == status ? 1 : 0;
  return count;
}

bool Comparison::Differs() const {
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
  return comparison;
}

}  // namespace galley::proof
