// Typographic problems a change brought in or took away. A record's problems are read from its
// flags and ratios (docs/layout-record.md) and from its paragraphs: overfull and underfull
// lines, very loose or tight lines (|ratio| > 1: more stretch or shrink than the template
// allows for), runs of three or more hyphenated lines, widows (a paragraph's last line alone
// at the head of a page) and orphans (its first line alone at the foot). A problem is the
// same in both records when its kind and its line's text are; what is left over on one side
// is new, or gone.
#pragma once

#include <vector>

#include "proof/comparison.h"

namespace galley::proof {

// The record's problems in reading order.
std::vector<QualityProblem> FindQualityProblems(const Record& record,
                                                const std::vector<Paragraph>& paragraphs);

std::vector<QualityChange> CompareQuality(const Record& before,
                                          const std::vector<QualityProblem>& before_problems,
                                          const Record& after,
                                          const std::vector<QualityProblem>& after_problems);

}  // namespace galley::proof
