// Where a paragraph's lines break, as positions in its words, so that two settings of the same
// words can say which breaks and which hyphens came and went ("re-broken: now breaks after
// 'power', hyphen in 'misrep-resentation' gone").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "proof/paragraphs.h"
#include "proof/record.h"

namespace galley::proof {

// A break between two lines: before word `word`, or with a hyphen inside it at byte `offset`
// of its bare form.
struct BreakPoint {
  size_t word = 0;
  uint32_t offset = 0;  // 0: between words; else a hyphen break inside the word
  bool hyphen() const { return offset > 0; }
  friend bool operator==(const BreakPoint&, const BreakPoint&) = default;
  friend auto operator<=>(const BreakPoint&, const BreakPoint&) = default;
};

// The breaks between the paragraph's lines, in order.
std::vector<BreakPoint> BreaksOf(const Record& record, const Paragraph& paragraph);

// The break as an editor reads it: "power | three", "misrep-|resentation".
std::string DescribeBreak(const Paragraph& paragraph, const BreakPoint& point);

// "breaks now at "power | three", "misrep-|resentation"; no longer at …; hyphens 1 new, 0
// gone": the breaks only after (`added`, in `after`'s words) and only before (`gone`).
std::string FormatBreakChanges(const Paragraph& before, const std::vector<BreakPoint>& gone,
                               const Paragraph& after, const std::vector<BreakPoint>& added);

}  // namespace galley::proof
