#include "layout/pages/frame_lines.h"

namespace galley::layout {

void AddSetLine(SetLine* set, frames::TextLineItem line, double x, double baseline,
                frames::PageFrame* frame) {
  line.ratio = set->ratio;
  line.hyphenated = set->hyphenated;
  line.overfull = set->overfull;
  line.underfull = set->underfull;
  line.words = set->words;
  line.text = std::move(set->text);
  line.x = x;
  line.y = baseline;
  line.width = set->width;
  line.runs = std::move(set->runs);
  set->runs.clear();
  for (frames::GlyphRunItem& run : line.runs) {
    run.x += x;
    run.y += baseline;
  }
  frame->items.push_back(frames::TextItem(std::move(line)));
  for (frames::RuleItem rule : set->rules) {
    rule.x0 += x;
    rule.x1 += x;
    rule.y0 += baseline;
    rule.y1 += baseline;
    frame->items.push_back(frames::RuleFrameItem(rule));
  }
}

frames::TextLineItem PlainLine(frames::GlyphRunItem run, frames::Role role, int paragraph) {
  frames::TextLineItem line;
  line.role = role;
  line.paragraph = paragraph;
  line.first = line.last = true;
  line.text = run.text;
  line.words = run.text.empty() ? 0 : 1;
  for (char c : run.text) line.words += c == ' ';
  line.x = run.x;
  line.y = run.y;
  for (const shaping::Glyph& glyph : run.glyphs) line.width += glyph.x_advance;
  line.runs.push_back(std::move(run));
  return line;
}

Result<frames::TextLineItem> SetPlainLine(Typesetter& setter, std::string_view text,
                                          StyleId style, double x, double baseline,
                                          frames::Role role, int paragraph) {
  Result<frames::GlyphRunItem> run = setter.SetPlain(text, style, x, baseline);
  if (!run.ok()) return run.take_error();
  return PlainLine(std::move(*run), role, paragraph);
}

}  // namespace galley::layout
