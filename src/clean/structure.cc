#include "clean/structure.h"

#include "base/quoted_value.h"
#include "clean/clean_rules.h"
#include "clean/heading_levels.h"
#include "clean/tsv_fields.h"

namespace galley {
namespace {

std::string_view WithoutLeadingSpace(std::string_view text) {
  size_t first = text.find_first_not_of(" \t");
  return first == std::string_view::npos ? std::string_view() : text.substr(first);
}

std::string Shortened(std::string_view text) {
  constexpr size_t kShown = 60;
  if (text.size() <= kShown) return std::string(text);
  size_t cut = text.rfind(' ', kShown);
  return std::string(text.substr(0, cut == std::string_view::npos ? kShown : cut)) + "\u2026";
}

class StructureApplier {
 public:
  StructureApplier(const std::string& file, std::vector<Block>* blocks, Review* review)
      : file_(file), blocks_(*blocks), review_(review) {}

  Result<std::vector<DivisionStart>> Apply(const std::vector<StructureDirective>& directives) {
    for (const StructureDirective& d : directives) {
      if (d.kind == DirectiveKind::kMove) GALLEY_RETURN_IF_ERROR(Move(d));
    }
    for (const StructureDirective& d : directives) {
      if (d.kind == DirectiveKind::kHeadingLevel) GALLEY_RETURN_IF_ERROR(SetLevel(d));
      if (d.kind == DirectiveKind::kLeadIn) GALLEY_RETURN_IF_ERROR(MarkLeadIn(d));
    }
    std::vector<DivisionStart> starts;
    size_t previous = 0;
    for (const StructureDirective& d : directives) {
      if (d.kind != DirectiveKind::kDivision) continue;
      Result<size_t> at = Find(d.anchor);
      if (!at.ok()) return at.take_error();
      size_t first = *at;
      // A page that begins with the division: its marker belongs to the division.
      while (first > 0 && blocks_[first - 1].kind == BlockKind::kPageMarker) --first;
      if (starts.empty() && first != 0) {
        return Fail(d.anchor, "the text before line " + std::to_string(blocks_[*at].line) +
                                  " belongs to no division",
                    "start the first division at the first block, line " +
                        std::to_string(blocks_[0].line));
      }
      if (!starts.empty() && first <= previous) {
        return Fail(d.anchor, "this division starts before the one above it ends",
                    "list divisions in reading order");
      }
      previous = first;
      starts.push_back({blocks_[first].line, d.division_kind, d.role, d.title});
      Record(blocks_[*at].line, blocks_[*at].source_text,
             "starts " + d.division_kind + (d.role.empty() ? "" : " " + d.role) +
                 (d.title.empty() ? "" : " \"" + d.title + "\""),
             d);
    }
    return starts;
  }

 private:
  Status Move(const StructureDirective& d) {
    Result<size_t> from = Find(d.anchor);
    if (!from.ok()) return from.take_error();
    Result<size_t> to = Find(d.target);
    if (!to.ok()) return to.take_error();
    if (*from == *to) return Fail(d.target, "a block cannot move next to itself", "");
    Block block = std::move(blocks_[*from]);
    blocks_.erase(blocks_.begin() + static_cast<long>(*from));
    size_t target = *to > *from ? *to - 1 : *to;
    int target_line = blocks_[target].line;
    if (!d.before) ++target;
    Record(block.line, block.source_text,
           std::string("moved ") + (d.before ? "before" : "after") + " line " +
               std::to_string(target_line),
           d);
    blocks_.insert(blocks_.begin() + static_cast<long>(target), std::move(block));
    return Status::Ok();
  }

  Status SetLevel(const StructureDirective& d) {
    Result<size_t> at = Find(d.anchor);
    if (!at.ok()) return at.take_error();
    Block& block = blocks_[*at];
    if (block.kind == BlockKind::kParagraph && !block.text.text.empty() &&
        block.text.LineAt(block.text.text.size() - 1) == block.line) {
      block.kind = BlockKind::kHeading;  // a heading the source did not mark
    }
    if (block.kind != BlockKind::kHeading) {
      return Fail(d.anchor, "the anchor matches a block that is neither a heading nor a "
                            "paragraph of one line",
                  "heading-level's anchor is a heading (with its #s) or a one-line paragraph");
    }
    block.level = d.level;
    Record(block.line, block.source_text, HeadingPrefix(d.level) + block.text.text, d);
    return Status::Ok();
  }

  Status MarkLeadIn(const StructureDirective& d) {
    Result<size_t> at = Find(d.anchor);
    if (!at.ok()) return at.take_error();
    Block& block = blocks_[*at];
    const std::string& lead_in = d.anchor.text;
    if (block.kind != BlockKind::kParagraph || block.text.text.compare(0, lead_in.size(),
                                                                      lead_in) != 0) {
      return Fail(d.anchor, "a lead-in is the plain text a paragraph begins with",
                  "the anchor must be the paragraph's opening words, without markup");
    }
    block.text.AddMark({0, MarkKind::kSmallCapsOpen, 0, {}});
    block.text.AddMark({lead_in.size(), MarkKind::kSmallCapsClose, 0, {}});
    Record(block.line, lead_in, "<sc>" + lead_in + "</sc>", d);
    return Status::Ok();
  }

  Result<size_t> Find(const Anchor& anchor) const {
    std::vector<size_t> found;
    int line = AnchorLine(anchor);
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (line != 0 ? blocks_[i].line == line
                    : WithoutLeadingSpace(blocks_[i].source_text).starts_with(anchor.text)) {
        found.push_back(i);
      }
    }
    if (found.empty() && line != 0) {
      return Fail(anchor, "no block starts on line " + std::to_string(line) + " of the source",
                  "@LINE names the line a paragraph or heading starts on");
    }
    if (found.size() == 1) return found[0];
    if (found.empty()) {
      return Fail(anchor,
                  "\"" + ClipForMessage(anchor.text) + "\" matches no block of source.ocr.txt",
                  "an anchor is the text a paragraph's or heading's first line begins with, as "
                  "corrected; copy it from source.ocr.txt");
    }
    std::string lines;
    for (size_t i : found) lines += (lines.empty() ? "" : ", ") + std::to_string(blocks_[i].line);
    return Fail(anchor,
                "\"" + ClipForMessage(anchor.text) + "\" matches " + std::to_string(found.size()) +
                    " blocks (lines " + lines + ")",
                "make the anchor longer, so that it matches one block");
  }

  void Record(int line, std::string_view before, std::string after,
              const StructureDirective& d) {
    review_->changes.push_back({std::string(rule::kStructure), line, Shortened(before),
                                std::move(after), file_ + ":" + std::to_string(d.line)});
  }

  Error Fail(const Anchor& anchor, std::string message, std::string hint) const {
    return InputErrorAt(file_, anchor.line, anchor.column, anchor.line_text, std::move(message),
                        std::move(hint));
  }

  const std::string& file_;
  std::vector<Block>& blocks_;
  Review* review_;
};

}  // namespace

Result<std::vector<DivisionStart>> ApplyStructure(
    const std::vector<StructureDirective>& directives, const std::string& file,
    std::vector<Block>* blocks, Review* review) {
  return StructureApplier(file, blocks, review).Apply(directives);
}

std::vector<Division> SplitIntoDivisions(std::vector<Block> blocks,
                                         const std::vector<DivisionStart>& starts) {
  std::vector<Division> divisions;
  if (starts.empty()) divisions.push_back({});
  size_t next = 0;
  for (Block& block : blocks) {
    if (next < starts.size() && block.line == starts[next].block_line) {
      const DivisionStart& start = starts[next++];
      divisions.push_back({start.kind, start.role, start.title, {}});
    }
    divisions.back().blocks.push_back(std::move(block));
  }
  return divisions;
}

}  // namespace galley
