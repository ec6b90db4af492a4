#include "layout/pages/page_turn_words.h"

#include <string>
#include <string_view>

namespace galley::layout {

namespace {

// The bytes of the first run's text before its first space: the rest of the hyphenated word.
size_t WordRestLength(const frames::GlyphRunItem& run) {
  size_t space = run.text.find(' ');
  return space == std::string::npos ? run.text.size() : space;
}

}  // namespace

void ReadWordWholeBeforeTurn(const SetLine& after_turn, SetLine* before_turn) {
  if (!before_turn->hyphenated || before_turn->runs.empty() || after_turn.runs.empty()) return;
  frames::GlyphRunItem& run = before_turn->runs.back();
  const frames::GlyphRunItem& next = after_turn.runs.front();
  size_t count = run.glyphs.size();
  // One glyph alone with the whole word would become that glyph's character in the font's
  // ToUnicode map (Cairo keeps the first text it meets for a glyph); two glyphs make a cluster
  // Cairo can only write as /ActualText.
  if (count < 2) return;
  uint32_t hyphen = run.glyphs[count - 1].cluster;
  uint32_t before = run.glyphs[count - 2].cluster;
  if (hyphen >= run.text.size() || before >= hyphen) return;
  std::string_view rest(next.text.data(), WordRestLength(next));
  if (rest.empty()) return;
  std::string whole = before_turn->hyphen_added ? run.text.substr(0, hyphen) : run.text;
  whole += rest;
  run.text = std::move(whole);
  run.glyphs[count - 1].cluster = before;
  before_turn->read_whole = true;
}

void DropWordRestAfterTurn(SetLine* after_turn) {
  if (after_turn->runs.empty()) return;
  frames::GlyphRunItem& run = after_turn->runs.front();
  size_t rest = WordRestLength(run);
  if (rest == 0 || run.glyphs.empty()) return;
  for (shaping::Glyph& glyph : run.glyphs) {
    glyph.cluster = glyph.cluster < rest ? 0 : glyph.cluster - static_cast<uint32_t>(rest);
  }
  run.text.erase(0, rest);
}

}  // namespace galley::layout
