#include "clean/blocks.h"

#include <map>

#include "clean/clean_rules.h"
#include "clean/inline_markup.h"
#include "clean/line_rules.h"
#include "clean/paragraph_join.h"

namespace galley {
namespace {

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

std::string Trimmed(std::string_view text) {
  size_t first = text.find_first_not_of(" \t");
  size_t last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

class BlockBuilder {
 public:
  explicit BlockBuilder(Review* review) : review_(review) {}

  void Add(const SourceLine& line) {
    if (IsBlank(line.text)) {
      open_paragraph_ = false;
    } else if (std::optional<HeadingLine> heading = ParseHeadingLine(line.text)) {
      AddHeading(line, *heading);
    } else if (std::optional<std::string> folio = FolioLabel(line.text)) {
      Record(rule::kFolio, line, "<pb n=\"" + *folio + "\"/>");
      AddBlock({BlockKind::kPageMarker, line.number, line.text, 0, *folio, {}});
    } else if (IsSceneBreakLine(line.text)) {
      Record(rule::kSceneBreak, line, "* * *");
      AddBlock({BlockKind::kSceneBreak, line.number, line.text, 0, {}, {}});
    } else if (IsStrayNumberLine(line.text)) {
      Record(rule::kStrayNumber, line, "");
      open_paragraph_ = false;
    } else if (IsNoiseLine(line.text)) {
      Record(rule::kNoiseLine, line, "");
      open_paragraph_ = false;
    } else {
      AddText(line);
    }
  }

  std::vector<Block> Take() { return std::move(blocks_); }

 private:
  void AddHeading(const SourceLine& line, const HeadingLine& heading) {
    InlineText text = ParseOcrLine({line.number, heading.text}, review_);
    AddBlock({BlockKind::kHeading, line.number, line.text, heading.level, {}, std::move(text)});
  }

  void AddText(const SourceLine& line) {
    InlineText text = ParseOcrLine({line.number, Trimmed(line.text)}, review_);
    if (open_paragraph_) {
      // A paragraph the OCR wrapped over several lines: one paragraph, as in CommonMark.
      AppendContinuation(rule::kPageJoin, std::move(text), &blocks_.back().text, review_);
      return;
    }
    blocks_.push_back({BlockKind::kParagraph, line.number, line.text, 0, {}, std::move(text)});
    open_paragraph_ = true;
  }

  void AddBlock(Block block) {
    blocks_.push_back(std::move(block));
    open_paragraph_ = false;
  }

  void Record(std::string_view rule, const SourceLine& line, std::string after) {
    review_->changes.push_back({std::string(rule), line.number, line.text, std::move(after), {}});
  }

  Review* review_;
  std::vector<Block> blocks_;
  bool open_paragraph_ = false;
};

}  // namespace

std::vector<Block> BuildBlocks(const std::vector<SourceLine>& lines, Review* review) {
  BlockBuilder builder(review);
  for (const SourceLine& line : lines) builder.Add(line);
  return builder.Take();
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
