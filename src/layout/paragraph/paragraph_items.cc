#include "layout/paragraph/paragraph_items.h"

#include <algorithm>
#include <cstdio>

#include <unicode/uchar.h>

#include "base/noncharacter.h"
#include "base/utf8.h"
#include "language/noun_capitals.h"
#include "layout/paragraph/word_context.h"

namespace galley::layout {

namespace {

using linebreak::Item;
using linebreak::kInfinity;

constexpr char32_t kNoBreakSpace = 0x00A0;
constexpr char32_t kEnDash = 0x2013;
constexpr char32_t kEmDash = 0x2014;
constexpr char32_t kHyphen = 0x2010;

char32_t CodePointAt(std::string_view text, uint32_t offset) {
  if (offset >= text.size()) return 0;
  size_t at = offset;
  return DecodeUtf8(text, &at);
}

// The code point that ends just before `offset`.
char32_t CodePointBefore(std::string_view text, uint32_t offset) {
  if (offset == 0) return 0;
  uint32_t start = offset - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return CodePointAt(text, start);
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Prefix width of a shaped run up to byte `offset` of its text: the advances of the glyphs
// whose cluster starts before it.
double PrefixWidth(const shaping::ShapedRun& run, uint32_t offset) {
  double width = 0;
  for (const shaping::Glyph& glyph : run.glyphs) {
    if (glyph.cluster >= offset) break;
    width += glyph.x_advance;
  }
  return width;
}

}  // namespace

Error ItemBuilder::MissingGlyph(uint32_t offset, StyleId style) const {
  const fonts::Font& font = *shaper_->styles()[style].font;
  char32_t c = CodePointAt(text_->text, offset);
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  return InputError(SourceLocation{file_, text_->PositionOf(offset)},
                    "no glyph for '" + EncodeUtf8(c) + "' (" + code + ") in the font " +
                        font.family() + " " + font.style() + " (" + font.path() + ")",
                    "choose a template font that has this character, or write the character "
                    "differently in the manuscript");
}

Result<ParagraphItems> ItemBuilder::Build(const StyledText& text, const ItemOptions& options) {
  ParagraphItems out;
  out.with_hyphenation = options.hyphenate && hyphenation_ != nullptr;
  text_ = &text;
  options_ = &options;
  out_ = &out;
  after_box_ = false;
  out.items.reserve(text.text.size() / 2 + 8);
  if (options.first_indent > 0) out.items.push_back(Item::Box(options.first_indent, kNoTag));

  uint32_t section_begin = 0;
  for (uint32_t forced : text.forced_breaks) {
    GALLEY_RETURN_IF_ERROR(AddSection(section_begin, forced));
    out.items.push_back(Item::FillGlue(kNoTag));
    out.items.push_back(Item::Penalty(0, -kInfinity, false, kPlainBreak));
    after_box_ = false;
    section_begin = forced;
  }
  size_t last_section = out.items.size();
  GALLEY_RETURN_IF_ERROR(AddSection(section_begin, static_cast<uint32_t>(text.text.size())));
  if (options.tie_last_words || options.keep_last_word_whole) {
    KeepLastWords(last_section, options.tie_last_words);
  }
  // The paper's finishing sequence: no break before the fill, a forced break after it. A
  // centred paragraph ends with ragged glue instead of the fill, so its last line is judged
  // like the others and the lines come out balanced rather than long ones over a short one.
  out.items.push_back(Item::Penalty(0, kInfinity, false, kPlainBreak));
  out.items.push_back(options.centered ? Item::Glue(0, options.ragged_stretch, 0, kNoTag)
                                       : Item::FillGlue(kNoTag));
  out.items.push_back(Item::Penalty(0, -kInfinity, false, kPlainBreak));
  MarkMarginNotes(&out);
  return out;
}

// The box holding each page start's offset (or the first after it, when it falls on a space):
// its line is the one the margin page number is set beside (page_composer.cc).
void ItemBuilder::MarkMarginNotes(ParagraphItems* out) const {
  for (const PageAnchor& anchor : text_->page_starts) {
    for (size_t i = 0; i < out->items.size(); ++i) {
      const Item& item = out->items[i];
      if (item.type != linebreak::ItemType::kBox || item.tag < 0) continue;
      if (out->fragments[static_cast<size_t>(item.tag)].end <= anchor.offset) continue;
      out->margin_note_items.push_back(i);
      break;
    }
  }
  std::sort(out->margin_note_items.begin(), out->margin_note_items.end());
}

// No runts: the last word is never broken — no hyphenation point, hyphen or dash inside it is
// a break — since the piece after such a break would be a last line of one fragment
// ("sions.", "chief." of "commander-in-chief."). With `tie`, the last interword glue is made
// unbreakable too (TeX's ~), so the last line holds at least two words. Glue after a non-box
// is not a breakpoint, so a penalty in front of it is enough.
void ItemBuilder::KeepLastWords(size_t from, bool tie) {
  std::vector<Item>& items = out_->items;
  // The breakable glue after the second-last word (the first glue after a box, from the end).
  size_t space = items.size();
  for (size_t i = items.size(); i-- > from;) {
    if (items[i].type == linebreak::ItemType::kGlue && i > 0 &&
        items[i - 1].type == linebreak::ItemType::kBox) {
      space = i;
      break;
    }
  }
  // A paragraph of one word is left breakable: a fragment on a line of its own is still
  // better than a word sticking out of the measure.
  if (space == items.size()) return;
  // The last word begins at the first box after that glue; in ragged text the glue opens the
  // paper's glue-penalty-glue triple, whose penalty is the space's own breakpoint.
  size_t word = space + 1;
  while (word < items.size() && items[word].type != linebreak::ItemType::kBox) ++word;
  for (size_t i = word; i < items.size(); ++i) {
    if (items[i].type == linebreak::ItemType::kPenalty) items[i].penalty = kInfinity;
  }
  if (!tie) return;
  for (size_t i = space + 1; i < word; ++i) {
    if (items[i].type == linebreak::ItemType::kPenalty) items[i].penalty = kInfinity;
  }
  items.insert(items.begin() + static_cast<std::ptrdiff_t>(space),
               Item::Penalty(0, kInfinity, false, kPlainBreak));
}

Status ItemBuilder::AddSection(uint32_t begin, uint32_t end) {
  std::string_view section(text_->text.data() + begin, end - begin);
  finder_->Find(section, &opportunities_);
  uint32_t previous = begin;
  for (uint32_t relative : opportunities_) {
    uint32_t at = begin + relative;
    GALLEY_RETURN_IF_ERROR(AddSegment(previous, at, at == end));
    previous = at;
  }
  return Status::Ok();
}

// One UAX #14 segment: a word and the spaces after it, ending at a break opportunity.
Status ItemBuilder::AddSegment(uint32_t begin, uint32_t end, bool section_end) {
  const std::string& text = text_->text;
  uint32_t content_end = end;
  while (content_end > begin && text[content_end - 1] == ' ') --content_end;
  GALLEY_RETURN_IF_ERROR(AddWord(begin, content_end));
  if (section_end) return Status::Ok();  // trailing spaces at a paragraph's end are dropped
  if (content_end < end) {
    char32_t next = CodePointAt(text, end);
    char32_t last = CodePointBefore(text, content_end);
    // A spaced dash must not begin a line: UAX #14 allows a break after the space (LB18 comes
    // before LB21), so the glue in front of the dash is made unbreakable. The same holds for
    // guillemets typed with spaces inside them (« comme ceci »): no line ends with « or begins
    // with » (UAX #14 treats them as ambiguous quotes, LB19, after LB18).
    bool opening_guillemet = last == U'\u00AB' || last == U'\u2039';
    bool closing_guillemet = next == U'\u00BB' || next == U'\u203A';
    bool tie = next == kEnDash || next == kEmDash || opening_guillemet || closing_guillemet;
    AddSpace(content_end, /*breakable=*/!tie);
  } else {
    AddBreakWithoutSpace(content_end, end);
  }
  return Status::Ok();
}

// A break opportunity between two pieces of text with no space: after a hyphen or dash, or
// before an em dash.
void ItemBuilder::AddBreakWithoutSpace(uint32_t content_end, uint32_t next) {
  if (!after_box_) return;
  const std::string& text = text_->text;
  char32_t last = CodePointBefore(text, content_end);
  char32_t following = CodePointAt(text, next);
  if (last == '-' || last == kHyphen) {
    out_->items.push_back(
        Item::Penalty(0, options_->explicit_hyphen_penalty, true, kPlainBreak));
    return;
  }
  if (last == kEnDash && IsDigit(following) &&
      IsDigit(CodePointBefore(text, content_end - 3))) {
    return;  // "28–29": a range is not broken
  }
  out_->items.push_back(Item::Penalty(0, options_->explicit_hyphen_penalty, false, kPlainBreak));
}

// A word: boxes for its pieces (cut at style changes), with unbreakable glue for each
// no-break space inside it.
Status ItemBuilder::AddWord(uint32_t begin, uint32_t end) {
  const std::string& text = text_->text;
  uint32_t chunk = begin;
  for (uint32_t at = begin; at < end;) {
    size_t next = at;
    char32_t c = DecodeUtf8(text, &next);
    if (c == kNoBreakSpace) {
      GALLEY_RETURN_IF_ERROR(AddPieces(chunk, at));
      AddSpace(at, /*breakable=*/false);
      chunk = static_cast<uint32_t>(next);
    }
    at = static_cast<uint32_t>(next);
  }
  return AddPieces(chunk, end);
}

Status ItemBuilder::AddPieces(uint32_t begin, uint32_t end) {
  for (const StyleSpan& span : text_->spans) {  // few spans per paragraph
    if (span.end <= begin) continue;
    if (span.begin >= end) break;
    uint32_t b = std::max(span.begin, begin), e = std::min(span.end, end);
    if (b < e) GALLEY_RETURN_IF_ERROR(AddPiece(b, e, span.style));
  }
  return Status::Ok();
}

Status ItemBuilder::AddPiece(uint32_t begin, uint32_t end, StyleId style) {
  const std::string& text = text_->text;
  std::string_view piece(text.data() + begin, end - begin);
  if (size_t bad = FindNoncharacter(piece); bad != std::string_view::npos) {
    return NoncharacterError(SourceLocation{file_, text_->PositionOf(begin + bad)},
                             CodePointAt(text, begin + bad));
  }
  const shaping::ShapedRun& run = shaper_->Shape(style, piece);
  if (run.has_notdef) {
    for (const shaping::Glyph& glyph : run.glyphs) {
      if (glyph.id == 0) return MissingGlyph(begin + glyph.cluster, style);
    }
  }
  points_.clear();
  if (out_->with_hyphenation) GALLEY_RETURN_IF_ERROR(HyphenPoints(begin, end, &points_));
  const ProtrusionTable* protrusion = ProtrusionFor(style);
  auto add_box = [&](uint32_t from, uint32_t to, double width) {
    Item box = WordBox(width, static_cast<int32_t>(out_->fragments.size()));
    if (protrusion != nullptr) {
      Hang hang = HangOf(*protrusion, piece, run, from - begin, to - begin);
      box.hang_left = static_cast<float>(hang.left);
      box.hang_right = static_cast<float>(hang.right);
    }
    out_->items.push_back(box);
    out_->fragments.push_back({from, to, style, begin, end, &run});
  };
  uint32_t previous = begin;
  double previous_width = 0;
  for (uint32_t point : points_) {
    double width = PrefixWidth(run, point - begin);
    add_box(previous, point, width - previous_width);
    scratch_.assign(text, begin, point - begin);
    scratch_ += '-';
    double hyphen = shaper_->Shape(style, scratch_).width - width;
    Item discretionary = Item::Penalty(hyphen, options_->hyphen_penalty, true, kDiscretionary);
    if (protrusion != nullptr) {
      discretionary.hang_right = static_cast<float>(protrusion->Right('-') * hyphen);
    }
    out_->items.push_back(discretionary);
    previous = point;
    previous_width = width;
  }
  add_box(previous, end, run.width - previous_width);
  after_box_ = true;
  return Status::Ok();
}

const ProtrusionTable* ItemBuilder::ProtrusionFor(StyleId style) const {
  if (options_->protrusion == nullptr || !options_->justify) return nullptr;
  const ProtrusionTable& table =
      (*options_->protrusion)[static_cast<size_t>(shaper_->styles()[style].face)];
  return table.empty() ? nullptr : &table;
}

linebreak::Item ItemBuilder::WordBox(double width, int32_t fragment) const {
  Item box = Item::Box(width, fragment);
  if (options_->justify) box.stretch = box.shrink = width * options_->expansion;
  return box;
}

// Hyphenation points inside [begin, end): each maximal run of letters is hyphenated alone, so
// apostrophes, brackets, digits and hyphens are never inside what the hyphenator sees.
// All-capital runs (acronyms, text set in capitals) are left whole, as TeX's \uchyph=0 would.
// A passage in another language (<span lang>) is hyphenated with its own language's patterns.
Status ItemBuilder::HyphenPoints(uint32_t begin, uint32_t end, std::vector<uint32_t>* points) {
  const std::string& text = text_->text;
  uint32_t run_begin = begin;
  int letters = 0;
  bool all_upper = true;
  for (uint32_t at = begin; at <= end;) {
    size_t next = at;
    char32_t c = at < end ? DecodeUtf8(text, &next) : 0;
    bool letter = at < end && u_isalpha(static_cast<UChar32>(c));
    if (letter) {
      if (letters == 0) {
        run_begin = at;
        all_upper = true;
      }
      ++letters;
      all_upper = all_upper && u_isupper(static_cast<UChar32>(c));
    } else {
      std::string_view run(text.data() + run_begin, at - run_begin);
      if (letters >= options_->hyphen_min_letters && !all_upper) {
        std::string_view language = text_->LanguageAt(run_begin);
        Result<HyphenationCache*> cache =
            hyphenation_->For(language, [&] { return text_->PositionOf(run_begin); });
        if (!cache.ok()) return cache.take_error();
        HyphenationCache* words = *cache;
        if (language.empty()) language = hyphenation_->book_tag();
        if (words != nullptr &&
            (MayHyphenateWordAt(run_begin, language) || words->IsException(run))) {
          for (uint32_t offset : words->Breaks(run)) points->push_back(run_begin + offset);
        }
      }
      letters = 0;
    }
    if (at == end) break;
    at = static_cast<uint32_t>(next);
  }
  return Status::Ok();
}

// Proper nouns and hyphenated compounds, unless the options allow them: the word around the
// run of letters decides (a run after an apostrophe belongs to its word: "Kronstadt’s"), and
// for names by language, the language of the run (`language`, a BCP 47 tag).
bool ItemBuilder::MayHyphenateWordAt(uint32_t offset, std::string_view language) const {
  ProperNouns names = options_->proper_nouns;
  if (names == ProperNouns::kHyphenate && options_->hyphenate_compounds) return true;
  const std::string& text = text_->text;
  WordSpan word = WordAround(text, offset);
  if (!options_->hyphenate_compounds && IsHyphenatedCompound(text, word)) return false;
  if (names == ProperNouns::kHyphenate || !IsCapitalised(text, word) ||
      BeginsSentence(text, word)) {
    return true;
  }
  return names == ProperNouns::kByLanguage && !language::CapitalsMarkProperNouns(language);
}

double ItemBuilder::SpaceWidth(StyleId style) {
  if (style >= space_widths_.size()) space_widths_.resize(style + 1, -1);
  if (space_widths_[style] < 0) space_widths_[style] = shaper_->Shape(style, " ").width;
  return space_widths_[style];
}

// A space: glue, breakable or not. An unbreakable one (a no-break space, the space before a
// spaced dash) is a forbidding penalty before its glue; in ragged text it is plain glue of the
// space's width, not the paper's glue-penalty-glue, whose middle penalty would be a break.
void ItemBuilder::AddSpace(uint32_t offset, bool breakable) {
  if (!after_box_) return;  // a space at a paragraph's start, or after another, adds nothing
  double width = SpaceWidth(text_->StyleAt(offset)) * options_->space_width;
  int32_t tag = static_cast<int32_t>(offset);
  if (!breakable) out_->items.push_back(Item::Penalty(0, kInfinity, false, kPlainBreak));
  if (!breakable && !options_->justify) {
    out_->items.push_back(Item::Glue(width, 0, 0, tag));
  } else if (options_->justify) {
    out_->items.push_back(Item::Glue(width, width * options_->space_stretch,
                                     width * options_->space_shrink, tag));
  } else {
    double r = options_->ragged_stretch;
    out_->items.push_back(Item::Glue(0, r, 0, kNoTag));
    out_->items.push_back(Item::Penalty(0, 0, false, kPlainBreak));
    out_->items.push_back(Item::Glue(width, -r, 0, tag));
  }
  after_box_ = false;
}

}  // namespace galley::layout
