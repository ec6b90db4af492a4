#include "proof/page_marks.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "proof/words.h"

namespace galley::proof {

namespace {

using frames::FrameItem;
using frames::TextLineItem;

// A line is the same line on the other side when its role, text and runs' styles are.
std::string LineKey(const TextLineItem& line) {
  std::string key = std::string(frames::ToString(line.role)) + "\n" + line.text;
  for (const frames::GlyphRunItem& run : line.runs) {
    key += "\n" + std::to_string(static_cast<int>(run.style.face)) +
           (run.style.small_caps ? "s" : "-") + std::to_string(run.size) + ":" + run.text;
  }
  return key;
}

std::vector<const TextLineItem*> LinesOf(const frames::DocumentFrames& frames, int page) {
  std::vector<const TextLineItem*> lines;
  if (page < 1 || page > static_cast<int>(frames.pages.size())) return lines;
  for (const FrameItem& item : frames.pages[page - 1].items) {
    if (item.kind == FrameItem::Kind::kText) lines.push_back(&item.text);
  }
  return lines;
}

double SizeOf(const TextLineItem& line) {
  return line.runs.empty() ? 10 : line.runs.front().size;
}

MarkBox LineBox(const TextLineItem& line) {
  double size = SizeOf(line);
  // From a little above the capitals to below the descenders.
  return {MarkBox::Kind::kLine, line.x - 1.5, line.y - size * 0.85, line.width + 3, size * 1.15};
}

// The x of byte `offset` of the run's text: its origin plus the advances of the glyphs of
// earlier clusters. Without glyphs (a record read without them), spread evenly by bytes.
double XAt(const frames::GlyphRunItem& run, size_t offset, double line_end) {
  if (run.glyphs.empty()) {
    double share = run.text.empty() ? 0 : static_cast<double>(offset) / run.text.size();
    return run.x + (line_end - run.x) * share;
  }
  double x = run.x;
  for (const shaping::Glyph& glyph : run.glyphs) {
    if (glyph.cluster >= offset) break;
    x += glyph.x_advance;
  }
  return x;
}

// Boxes of the words of `line` that are in `words` (bare forms).
void AddWordBoxes(const TextLineItem& line, const std::set<std::string>& words,
                  std::vector<MarkBox>* marks) {
  double size = SizeOf(line);
  for (size_t r = 0; r < line.runs.size(); ++r) {
    const frames::GlyphRunItem& run = line.runs[r];
    double run_end = r + 1 < line.runs.size() ? line.runs[r + 1].x : line.x + line.width;
    const std::string& text = run.text;
    for (size_t begin = 0; begin < text.size();) {
      size_t end = text.find(' ', begin);
      if (end == std::string::npos) end = text.size();
      if (end > begin) {
        WordCollector collector;
        collector.AddLine(std::string_view(text).substr(begin, end - begin), false, false);
        std::vector<Word> found = collector.Take();
        bool changed = false;
        for (const Word& word : found) changed = changed || words.count(word.bare) > 0;
        if (changed) {
          double x0 = XAt(run, begin, run_end), x1 = XAt(run, end, run_end);
          marks->push_back({MarkBox::Kind::kWord, x0, line.y - size * 0.75, x1 - x0, size * 0.95});
        }
      }
      begin = end + 1;
    }
  }
}

// The words of spans whose style changed: now styled (after) or no longer (before).
void AddStyledWords(const Comparison& comparison, bool after,
                    std::map<int, std::set<std::string>>* words) {
  if (!comparison.book) return;
  for (const StyleChange& style : comparison.book->styles) {
    const ParagraphChange& change = comparison.paragraphs[style.change];
    const Paragraph& paragraph = after ? comparison.after_paragraphs[change.after]
                                       : comparison.before_paragraphs[change.before];
    for (const StyledSpan& span : after ? style.now : style.no_longer) {
      WordCollector collector;
      collector.AddLine(span.text, false, false);
      for (const Word& word : collector.Take()) (*words)[paragraph.id].insert(word.bare);
    }
  }
}

// The words a paragraph (by id) gained (after) or lost (before) in a text change.
std::map<int, std::set<std::string>> ChangedWords(const Comparison& comparison, bool after) {
  std::map<int, std::set<std::string>> words;
  WordChange::Kind wanted = after ? WordChange::Kind::kAdded : WordChange::Kind::kRemoved;
  for (const ParagraphChange& change : comparison.paragraphs) {
    int index = after ? change.after : change.before;
    if (index < 0) continue;
    const Paragraph& paragraph =
        after ? comparison.after_paragraphs[index] : comparison.before_paragraphs[index];
    std::set<std::string>& set = words[paragraph.id];
    if (change.status == ParagraphStatus::kAdded || change.status == ParagraphStatus::kRemoved) {
      for (const Word& word : paragraph.words) set.insert(word.bare);
    }
    for (const WordChange& word : change.words) {
      if (word.kind != wanted) continue;
      WordCollector collector;
      collector.AddLine(word.word, false, false);
      for (const Word& part : collector.Take()) set.insert(part.bare);
    }
  }
  AddStyledWords(comparison, after, &words);
  return words;
}

}  // namespace

std::vector<MarkBox> ChangedMarks(const Comparison& comparison, bool after, int page) {
  std::vector<MarkBox> marks;
  if (!comparison.before_frames || !comparison.after_frames) return marks;
  const frames::DocumentFrames& mine = after ? *comparison.after_frames : *comparison.before_frames;
  const frames::DocumentFrames& other =
      after ? *comparison.before_frames : *comparison.after_frames;
  std::multiset<std::string> other_keys;
  for (const TextLineItem* line : LinesOf(other, page)) other_keys.insert(LineKey(*line));
  std::map<int, std::set<std::string>> words = ChangedWords(comparison, after);
  for (const TextLineItem* line : LinesOf(mine, page)) {
    auto same = other_keys.find(LineKey(*line));
    if (same != other_keys.end()) {
      other_keys.erase(same);
      continue;
    }
    marks.push_back(LineBox(*line));
    auto changed = words.find(line->paragraph);
    if (line->paragraph != 0 && changed != words.end()) {
      AddWordBoxes(*line, changed->second, &marks);
    }
  }
  return marks;
}

}  // namespace galley::proof
