// The plain-text summary of a comparison: what an editor reads first (docs/proof.md, "The
// summary"). A block of counts, then one section per kind of change, each entry naming the
// manuscript line and the page. Deterministic, so it can be kept as a golden file.
#pragma once

#include <string>

#include "proof/comparison.h"

namespace galley::proof {

// Sections list at most this many entries, then say how many more the HTML report has.
constexpr size_t kSummaryListLimit = 40;

std::string FormatSummary(const Comparison& comparison);

// "9" or "9–10": the pages a paragraph's lines are on.
std::string PagesOfParagraph(const Record& record, const Paragraph& paragraph);

// The paragraph a change is about: the one after, or for a removed paragraph the one before.
const Paragraph& ShownParagraph(const Comparison& comparison, const ParagraphChange& change);

// Where the paragraph is, for an editor: "line 34 p (was 32), page 7 → 8" (its manuscript line
// after the change and before it when that differs, its kind, its pages).
std::string ParagraphPlace(const Comparison& comparison, const ParagraphChange& change);

// Words of a word diff in wdiff's notation, "[-removed-] {+added+}". With `context` set, only
// that many unchanged words are kept around each change and the rest become "…".
std::string FormatWordChanges(const std::vector<WordChange>& words, size_t context);

}  // namespace galley::proof
