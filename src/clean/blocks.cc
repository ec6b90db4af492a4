#include "clean/blocks.h"

#include <deque>
#include <map>
#include <optional>

#include "clean/clean_rules.h"
#include "clean/source_text.h"
#include "clean/gutenberg_lines.h"
#include "clean/indented_quotes.h"
#include "clean/inline_markup.h"
#include "clean/line_rules.h"
#include "clean/list_items.h"
#include "typography/characters.h"

namespace galley {
namespace {

// Project Gutenberg sets a chapter's heading after four blank lines (the Distributed
// Proofreaders' formatting guidelines); three are taken as enough, since transcribers vary.
constexpr int kBlankLinesBeforeHeading = 3;
// A heading is one line of at most this many characters; a longer line is a paragraph.
constexpr size_t kLongestHeading = 80;

class BlockBuilder {
 public:
  BlockBuilder(const std::vector<SourceLine>& lines, const RuleSet& rules, Review* review)
      : lines_(lines), rules_(rules), review_(review),
        gutenberg_(rules.format() == SourceFormat::kGutenberg) {
    if (rules_.Runs(rule::kList)) list_items_ = FindListItems(lines);
    if (rules_.Runs(rule::kBlockQuote)) quotes_ = FindIndentedQuotes(lines, list_items_);
    if (!rules_.Runs(rule::kEmphasis)) style_ = MarkupStyle::kPlain;
    else if (gutenberg_) style_ = MarkupStyle::kGutenberg;
    // Project Gutenberg wraps its lines at spaces: none ends inside a word.
    if (gutenberg_) line_breaks_ = LineBreaks::kAtSpaces;
  }

  std::vector<Block> Build() {
    for (size_t i = 0; i < lines_.size(); ++i) i = Add(i);
    Close();
    return std::vector<Block>(std::make_move_iterator(blocks_.begin()),
                              std::make_move_iterator(blocks_.end()));
  }

 private:
  // Reads lines[i] (and, for a bracketed block, the lines up to its end); returns the index of
  // the last line read.
  size_t Add(size_t i) {
    const SourceLine& line = lines_[i];
    if (IsBlank(line.text)) {
      Close();
      ++blank_lines_;
      return i;
    }
    if (gutenberg_) {
      if (std::optional<BracketBlock> bracket = BracketBlockAt(lines_, i)) {
        if (bracket->kind == BracketBlock::Kind::kIllustration && rules_.Runs(rule::kIllustration)) {
          return AddIllustration(i, *bracket);
        }
        if (bracket->kind == BracketBlock::Kind::kFootnote && rules_.Runs(rule::kNote)) {
          return AddFootnote(i, *bracket);
        }
      }
    }
    if (std::optional<HeadingLine> heading = ParseHeadingLine(line.text)) {
      size_t at = line.text.find(heading->text);
      SourceLine text = Slice(line, at, at + heading->text.size());
      AddBlock({BlockKind::kHeading, line.number, line.text, heading->level, {},
                ParseParagraph({&text}, style_, line_breaks_, review_)});
    } else if (std::optional<std::string> folio = Ruled(rule::kFolio, FolioLabel(line.text))) {
      Record(rule::kFolio, line, "<pb n=\"" + *folio + "\"/>");
      AddBlock({BlockKind::kPageMarker, line.number, line.text, 0, *folio, {}});
    } else if (rules_.Runs(rule::kSceneBreak) && IsSceneBreakLine(line.text)) {
      Record(rule::kSceneBreak, line, "* * *");
      AddBlock({BlockKind::kSceneBreak, line.number, line.text, 0, {}, {}});
    } else if (rules_.Runs(rule::kStrayNumber) && IsStrayNumberLine(line.text)) {
      Record(rule::kStrayNumber, line, "");
      Close();
    } else if (rules_.Runs(rule::kNoiseLine) && IsNoiseLine(line.text)) {
      Record(rule::kNoiseLine, line, "");
      Close();
    } else if (!list_items_.empty() && list_items_[i]) {
      StartListItem(line, *list_items_[i]);
    } else {
      AddText(line, quotes_.empty() ? std::nullopt : quotes_[i]);
    }
    return i;
  }

  template <typename T>
  std::optional<T> Ruled(std::string_view rule, std::optional<T> found) {
    return rules_.Runs(rule) ? found : std::nullopt;
  }

  size_t AddIllustration(size_t i, const BracketBlock& bracket) {
    Close();
    std::string text = lines_[i].text;
    for (size_t l = i + 1; l <= bracket.last_line; ++l) text += " " + lines_[l].text;
    Record(rule::kIllustration, lines_[i], "");
    review_->changes.back().before = text.substr(text.find_first_not_of(" \t"));
    blank_lines_ = 0;
    return bracket.last_line;
  }

  // A note's text in [Footnote N: …]: one note block per paragraph inside the brackets.
  size_t AddFootnote(size_t i, const BracketBlock& bracket) {
    Close();
    std::string label = bracket.label;
    for (size_t l = i; l <= bracket.last_line; ++l) {
      const SourceLine& line = lines_[l];
      size_t begin = l == i ? bracket.text_begin : 0;
      size_t end = l == bracket.last_line ? bracket.text_end : line.text.size();
      SourceLine& slice = owned_.emplace_back(Slice(line, begin, end));
      if (IsBlank(slice.text)) {
        Close();
        continue;
      }
      if (open_ == nullptr) {
        blocks_.push_back({BlockKind::kNote, line.number, line.text, 0, label, {}});
        open_ = &blocks_.back();
        label.clear();  // the note's further paragraphs
      }
      pending_.push_back(&slice);
    }
    Close();
    return bracket.last_line;
  }

  void StartListItem(const SourceLine& line, const ListItemStart& item) {
    Close();
    SourceLine& slice = owned_.emplace_back(Slice(line, item.text_start, line.text.size()));
    blocks_.push_back({BlockKind::kListItem, line.number, line.text, 0, {}, {}, item.numbered,
                       item.number});
    open_ = &blocks_.back();
    pending_.push_back(&slice);
    review_->changes.push_back({std::string(rule::kList), line.number, line.text,
                                (item.numbered ? std::to_string(item.number) + ". " : "- ") +
                                    slice.text,
                                {}});
  }

  void AddText(const SourceLine& line, std::optional<QuotedLine> quoted) {
    int quotation = quoted ? quoted->quotation : 0;
    // A quotation begins or ends: a paragraph of its own, as a blank line would make it.
    if (open_ != nullptr && open_->quotation != quotation) Close();
    if (open_ != nullptr) {
      // A paragraph the OCR wrapped over several lines: one paragraph, as in CommonMark.
      pending_.push_back(&line);
      return;
    }
    size_t text_start = 0;
    std::optional<std::string> note;
    if (gutenberg_ && rules_.Runs(rule::kNote)) note = NoteDefinitionLabel(line.text, &text_start);
    if (note) {
      blocks_.push_back({BlockKind::kNote, line.number, line.text, 0, *note, {}});
      pending_.push_back(&owned_.emplace_back(Slice(line, text_start, line.text.size())));
    } else {
      blocks_.push_back({BlockKind::kParagraph, line.number, line.text, 0, {}, {}});
      pending_.push_back(&line);
      if (quoted) StartQuotedParagraph(*quoted);
    }
    open_ = &blocks_.back();
  }

  void StartQuotedParagraph(const QuotedLine& quoted) {
    Block& block = blocks_.back();
    block.quotation = quoted.quotation;
    block.verse = quoted.verse;
    std::string first = block.source_text.substr(block.source_text.find_first_not_of(" \t"));
    review_->changes.push_back({std::string(rule::kBlockQuote), block.line, block.source_text,
                                "> " + first + (quoted.verse ? "\\" : ""),
                                quoted.verse ? "verse: its lines kept" : "a quoted paragraph"});
  }

  // Ends the open paragraph, item or note: its lines become its text.
  void Close() {
    if (open_ == nullptr) return;
    open_->text = ParseParagraph(pending_, style_, line_breaks_, review_);
    if (IsGutenbergHeading()) {
      open_->kind = BlockKind::kHeading;
      open_->level = 2;
      review_->changes.push_back({std::string(rule::kHeading), open_->line, open_->source_text,
                                  "## " + open_->text.text, {}});
    }
    pending_.clear();
    open_ = nullptr;
    blank_lines_ = 0;
  }

  bool IsGutenbergHeading() const {
    return gutenberg_ && rules_.Runs(rule::kHeading) && open_->kind == BlockKind::kParagraph &&
           open_->quotation == 0 && blank_lines_ >= kBlankLinesBeforeHeading && pending_.size() == 1 &&
           DecodeCodePoints(open_->text.text).size() <= kLongestHeading;
  }

  void AddBlock(Block block) {
    Close();
    blocks_.push_back(std::move(block));
    blank_lines_ = 0;
  }

  void Record(std::string_view rule, const SourceLine& line, std::string after) {
    review_->changes.push_back({std::string(rule), line.number, line.text, std::move(after), {}});
  }

  const std::vector<SourceLine>& lines_;
  const RuleSet& rules_;
  Review* review_;
  bool gutenberg_;
  MarkupStyle style_ = MarkupStyle::kOcr;
  LineBreaks line_breaks_ = LineBreaks::kPrinted;
  std::vector<std::optional<ListItemStart>> list_items_;
  std::vector<std::optional<QuotedLine>> quotes_;
  std::deque<Block> blocks_;          // a deque: open_ points into it
  std::deque<SourceLine> owned_;      // slices of lines (a note's or item's text), kept alive
  std::vector<const SourceLine*> pending_;
  Block* open_ = nullptr;
  // Blank lines before the open block (or the next one), for Project Gutenberg's headings.
  int blank_lines_ = 1000;
};

}  // namespace

bool HasText(const Block& block) {
  return block.kind == BlockKind::kParagraph || block.kind == BlockKind::kHeading ||
         block.kind == BlockKind::kListItem || block.kind == BlockKind::kNote;
}

std::vector<Block> BuildBlocks(const std::vector<SourceLine>& lines, const RuleSet& rules,
                               Review* review) {
  return BlockBuilder(lines, rules, review).Build();
}

std::vector<Block> BuildBlocks(const std::vector<SourceLine>& lines, Review* review) {
  static const RuleSet ocr = RuleSet::Defaults(SourceFormat::kOcr);
  return BuildBlocks(lines, ocr, review);
}

Status CheckFoliosUnique(const std::vector<Block>& blocks, const std::string& source_path) {
  std::map<std::string, const Block*> first_of;
  for (const Block& block : blocks) {
    if (block.kind != BlockKind::kPageMarker) continue;
    auto [first, inserted] = first_of.emplace(block.label, &block);
    if (inserted) continue;
    int column = static_cast<int>(block.source_text.find_first_not_of(" \t")) + 1;
    return InputError({source_path, {block.line, column}},
                      "the folio of page " + block.label + " stands twice: here and on line " +
                          std::to_string(first->second->line),
                      "a page scanned twice or a misread number: remove or correct one of the "
                      "two lines in corrections.tsv");
  }
  return Status::Ok();
}

}  // namespace galley
