#include "quality/page_checks.h"

#include <cmath>

namespace galley::quality {

namespace {

using frames::FrameItem;
using frames::PageFrame;
using frames::Role;
using frames::TextLineItem;

bool IsBodyText(Role role) {
  return role == Role::kBody || role == Role::kQuote || role == Role::kNote;
}

const TextLineItem* LastBodyLine(const PageFrame& page) {
  const TextLineItem* last = nullptr;
  for (const FrameItem& item : page.items) {
    if (item.kind == FrameItem::Kind::kText && IsBodyText(item.text.role)) last = &item.text;
  }
  return last;
}

int BodyLines(const PageFrame& page) {
  int count = 0;
  for (const FrameItem& item : page.items) {
    count += item.kind == FrameItem::Kind::kText && IsBodyText(item.text.role);
  }
  return count;
}

// A page of a division's running text that is not its last: one that should be full.
bool ShouldBeFull(const PageFrame& page) {
  return page.kind == frames::PageKind::kText && !page.closing && page.block.lines > 0;
}

Problem PageProblem(ProblemKind kind, const PageFrame& page, int amount) {
  Problem problem;
  problem.kind = kind;
  problem.page = page.number;
  problem.page_label = page.label.text;
  problem.amount = amount;
  if (const TextLineItem* last = LastBodyLine(page)) {
    problem.text = last->text;
    problem.source_line = last->source.begin.line;
    problem.paragraph = last->paragraph;
  }
  return problem;
}

}  // namespace

int LinesShort(const PageFrame& page) {
  double depth = -1;
  for (const FrameItem& item : page.items) {
    if (item.kind == FrameItem::Kind::kText && frames::IsFlowText(item.text.role)) {
      depth = std::max(depth, item.text.y);
    }
  }
  if (depth < 0 || page.block.leading <= 0) return 0;
  double last = page.block.first_baseline + (page.block.lines - 1) * page.block.leading;
  return std::max(0, static_cast<int>(std::lround((last - depth) / page.block.leading)));
}

void CheckPages(const std::vector<PageFrame>& pages, const QualityLimits& limits,
                std::vector<Problem>* problems) {
  std::vector<bool> in_spread(pages.size(), false);
  for (size_t i = 0; i < pages.size(); ++i) {
    const PageFrame& page = pages[i];
    if (page.kind != frames::PageKind::kText) continue;
    if (page.closing && !page.opening && BodyLines(page) < limits.stub_lines) {
      problems->push_back(PageProblem(ProblemKind::kStubPage, page, BodyLines(page)));
    }
    if (!ShouldBeFull(page)) continue;
    const TextLineItem* last = LastBodyLine(page);
    if (last != nullptr && last->hyphenated) {
      problems->push_back(PageProblem(ProblemKind::kPageEndHyphen, page, 0));
    }
    int short_by = LinesShort(page);
    // A verso (even page) and the recto after it are a spread: compared with each other.
    bool verso = page.number % 2 == 0;
    if (verso && i + 1 < pages.size() && ShouldBeFull(pages[i + 1])) {
      in_spread[i] = in_spread[i + 1] = true;
      int facing = LinesShort(pages[i + 1]);
      if (short_by == facing && short_by == 0) continue;
      Problem problem = PageProblem(short_by == facing ? ProblemKind::kShortSpread
                                                       : ProblemKind::kUnevenSpread,
                                    page, short_by == facing ? short_by
                                                             : std::abs(short_by - facing));
      problem.page_label = page.label.text + "\u2013" + pages[i + 1].label.text;
      problems->push_back(std::move(problem));
      continue;
    }
    if (!in_spread[i] && short_by > 0) {
      problems->push_back(PageProblem(ProblemKind::kShortPage, page, short_by));
    }
  }
}

}  // namespace galley::quality
