#include "proof/page_comparison.h"

#include "proof/sequence_diff.h"

namespace galley::proof {

namespace {

PageChange Compare(const Record& before, const PageSpan& old_page, const Record& after,
                   const PageSpan& new_page) {
  PageChange change;
  change.before = old_page;
  change.after = new_page;
  size_t old_last = old_page.first_line + old_page.line_count - 1;
  size_t new_last = new_page.first_line + new_page.line_count - 1;
  change.begins_differently =
      before.lines[old_page.first_line].text != after.lines[new_page.first_line].text;
  change.ends_differently = before.lines[old_last].text != after.lines[new_last].text;
  return change;
}

}  // namespace

std::vector<PageSpan> PagesOf(const Record& record) {
  std::vector<PageSpan> pages;
  for (size_t i = 0; i < record.lines.size(); ++i) {
    if (i == 0 || record.lines[i].page != record.lines[i - 1].page) {
      pages.push_back({record.lines[i].page, i, 0});
    }
    ++pages.back().line_count;
  }
  return pages;
}

std::vector<PageChange> ComparePages(const Record& before, const Record& after) {
  std::vector<PageSpan> old_pages = PagesOf(before), new_pages = PagesOf(after);
  std::vector<SequenceMatch> matches =
      MatchSequences(old_pages.size(), new_pages.size(),
                     [&](size_t i, size_t j) { return old_pages[i].label == new_pages[j].label; });
  std::vector<PageChange> changes;
  size_t i = 0, j = 0;
  auto emit_until = [&](size_t old_end, size_t new_end) {
    for (; i < old_end; ++i) changes.push_back({old_pages[i], std::nullopt});
    for (; j < new_end; ++j) changes.push_back({std::nullopt, new_pages[j]});
  };
  for (const SequenceMatch& match : matches) {
    emit_until(match.before, match.after);
    PageChange change = Compare(before, old_pages[i], after, new_pages[j]);
    if (change.begins_differently || change.ends_differently ||
        old_pages[i].line_count != new_pages[j].line_count) {
      changes.push_back(std::move(change));
    }
    ++i, ++j;
  }
  emit_until(old_pages.size(), new_pages.size());
  return changes;
}

}  // namespace galley::proof
