#include "quality/page_checks.h"

#include <cmath>

namespace galley::quality {

namespace {

using frames::FrameItem;
using frames::PageFrame;
using frames::Role;
using frames::TextLineItem;

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

}  // namespace

PageChecker::Summary::Summary(const PageFrame& page)
    : number(page.number),
      label(page.label.text),
      text(page.kind == frames::PageKind::kText),
      opening(page.opening),
      closing(page.closing),
      should_be_full(ShouldBeFull(page)),
      body_lines(BodyLines(page)),
      lines_short(LinesShort(page)) {
  if (const TextLineItem* last = LastBodyLine(page)) {
    has_last_line = true;
    last_line_hyphenated = last->hyphenated;
    last_line_text = last->text;
    last_line_source = last->source.begin.line;
    last_line_paragraph = last->paragraph;
  }
}

Problem PageChecker::Summary::ProblemOf(ProblemKind kind, int amount) const {
  Problem problem;
  problem.kind = kind;
  problem.page = number;
  problem.page_label = label;
  problem.amount = amount;
  if (has_last_line) {
    problem.text = last_line_text;
    problem.source_line = last_line_source;
    problem.paragraph = last_line_paragraph;
  }
  return problem;
}

bool IsBodyText(Role role) {
  return role == Role::kBody || role == Role::kQuote || role == Role::kNote;
}

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

void PageChecker::Add(const PageFrame& page) {
  Summary summary(page);
  if (waiting_) Check(*waiting_, &summary);
  waiting_.emplace(std::move(summary));
}

void PageChecker::Finish() {
  if (waiting_) Check(*waiting_, nullptr);
  waiting_.reset();
}

void PageChecker::Check(const Summary& page, const Summary* next) {
  bool in_spread = waiting_in_spread_;
  waiting_in_spread_ = false;
  if (!page.text) return;
  if (page.closing && !page.opening && page.body_lines < limits_.stub_lines) {
    problems_->push_back(page.ProblemOf(ProblemKind::kStubPage, page.body_lines));
  }
  if (!page.should_be_full) return;
  if (page.has_last_line && page.last_line_hyphenated) {
    problems_->push_back(page.ProblemOf(ProblemKind::kPageEndHyphen, 0));
  }
  int short_by = page.lines_short;
  // A verso (even page) and the recto after it are a spread: compared with each other.
  bool verso = page.number % 2 == 0;
  if (verso && next != nullptr && next->should_be_full) {
    waiting_in_spread_ = true;
    int facing = next->lines_short;
    if (short_by == facing && short_by == 0) return;
    Problem problem = page.ProblemOf(
        short_by == facing ? ProblemKind::kShortSpread : ProblemKind::kUnevenSpread,
        short_by == facing ? short_by : std::abs(short_by - facing));
    problem.page_label = page.label + "\u2013" + next->label;
    problems_->push_back(std::move(problem));
    return;
  }
  if (!in_spread && short_by > 0) {
    problems_->push_back(page.ProblemOf(ProblemKind::kShortPage, short_by));
  }
}

}  // namespace galley::quality
