// Short quotations of typeset lines for the summary and the report: a page "begins 'Meanwhile
// the Cheka…'". When two lines are compared, the quotations run just past the first word that
// differs, so "now begins X, was Y" never shows two identical excerpts.
#pragma once

#include <string>
#include <string_view>

namespace galley::proof {

// The first `words` words of `text`, "…" after them when the line goes on.
std::string OpeningOf(std::string_view text, size_t words = 6);

// The last `words` words of `text`, "…" before them when the line has more.
std::string ClosingOf(std::string_view text, size_t words = 6);

// Openings of two different lines, long enough that they differ.
void ContrastOpenings(std::string_view a, std::string_view b, std::string* a_excerpt,
                      std::string* b_excerpt);

// Closings of two different lines, long enough that they differ.
void ContrastClosings(std::string_view a, std::string_view b, std::string* a_excerpt,
                      std::string* b_excerpt);

}  // namespace galley::proof
