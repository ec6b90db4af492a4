#include "proof/style_comparison.h"

#include <algorithm>
#include <unordered_map>

namespace galley::proof {

namespace {

using frames::FrameItem;
using frames::TextLineItem;

using ParagraphLines = std::unordered_map<int, std::vector<const TextLineItem*>>;

ParagraphLines LinesByParagraph(const frames::DocumentFrames& frames) {
  ParagraphLines lines;
  for (const frames::PageFrame& page : frames.pages) {
    for (const FrameItem& item : page.items) {
      if (item.kind == FrameItem::Kind::kText && item.text.paragraph != 0 &&
          frames::IsFlowText(item.text.role)) {
        lines[item.text.paragraph].push_back(&item.text);
      }
    }
  }
  return lines;
}

std::string StyleOf(const frames::RunStyle& style) {
  std::string out;
  auto add = [&](const char* part) { out += (out.empty() ? "" : " ") + std::string(part); };
  if (style.face == frames::Face::kItalic) add("italic");
  if (style.face == frames::Face::kBold) add("bold");
  if (style.small_caps) add("small caps");
  if (style.underline) add("underlined");
  return out;
}

std::string Trimmed(const std::string& text) {
  size_t begin = text.find_first_not_of(' ');
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(' ') - begin + 1);
}

// Gathers spans run by run; a span goes on across a line break when the next line opens in
// the same style.
class SpanCollector {
 public:
  void AddRun(const std::string& style, std::string text, bool ends_line, bool hyphenated) {
    if (style != style_) Finish();
    style_ = style;
    if (style.empty()) return;
    if (ends_line && hyphenated && !text.empty() && text.back() == '-') {
      text.pop_back();  // the break's hyphen: the word goes on on the next line
      text_ += text;
      joining_ = true;
      return;
    }
    if (!text_.empty() && ends_line_before_ && !joining_) text_ += ' ';
    joining_ = false;
    ends_line_before_ = false;
    text_ += text;
    ends_line_before_ = ends_line;
  }

  std::vector<StyledSpan> Take() {
    Finish();
    return std::move(spans_);
  }

 private:
  void Finish() {
    std::string text = Trimmed(text_);
    if (!style_.empty() && !text.empty()) spans_.push_back({style_, text});
    text_.clear();
    joining_ = ends_line_before_ = false;
  }

  std::vector<StyledSpan> spans_;
  std::string style_, text_;
  bool joining_ = false, ends_line_before_ = false;
};

// Spans of `a` not matched in `b`, each of `b` matched once.
std::vector<StyledSpan> Unmatched(const std::vector<StyledSpan>& a,
                                  const std::vector<StyledSpan>& b) {
  std::vector<bool> used(b.size(), false);
  std::vector<StyledSpan> left;
  for (const StyledSpan& span : a) {
    bool found = false;
    for (size_t k = 0; k < b.size() && !found; ++k) {
      if (!used[k] && b[k] == span) used[k] = found = true;
    }
    if (!found) left.push_back(span);
  }
  return left;
}

}  // namespace

std::vector<StyledSpan> StyledSpans(const std::vector<const TextLineItem*>& lines) {
  SpanCollector collector;
  for (const TextLineItem* line : lines) {
    for (size_t i = 0; i < line->runs.size(); ++i) {
      bool ends_line = i + 1 == line->runs.size();
      collector.AddRun(StyleOf(line->runs[i].style), line->runs[i].text, ends_line,
                       line->hyphenated);
    }
  }
  return collector.Take();
}

std::vector<StyleChange> CompareStyles(const frames::DocumentFrames& before,
                                       const frames::DocumentFrames& after,
                                       const std::vector<StylePair>& pairs) {
  ParagraphLines old_lines = LinesByParagraph(before), new_lines = LinesByParagraph(after);
  std::vector<StyleChange> changes;
  for (const StylePair& pair : pairs) {
    std::vector<StyledSpan> old_spans = StyledSpans(old_lines[pair.before]);
    std::vector<StyledSpan> new_spans = StyledSpans(new_lines[pair.after]);
    if (old_spans == new_spans) continue;
    StyleChange change;
    change.change = pair.change;
    change.now = Unmatched(new_spans, old_spans);
    change.no_longer = Unmatched(old_spans, new_spans);
    if (change.now.empty() && change.no_longer.empty()) continue;  // the same spans reordered
    changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace galley::proof
