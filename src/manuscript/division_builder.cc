#include "manuscript/division_builder.h"

#include <algorithm>
#include <optional>

#include "manuscript/section_builder.h"

namespace galley::manuscript {

namespace {

using model::Block;
using model::BlockKind;
using model::Division;

// A division the editor titled whose text opens with no heading of its own gets its title as
// its heading, after the page starts that open it: print, the EPUB and their navigation then
// show the same divisions (docs/manuscript.md, "Divisions"; a print template may still leave it
// unprinted, division-title.hide). Its range is the division tag's, where its text was written.
void AddTitleHeading(const GalleyTag& tag, std::vector<Block>* blocks) {
  if (tag.title.empty()) return;
  auto text = std::find_if(blocks->begin(), blocks->end(), [](const Block& block) {
    return block.kind != BlockKind::kPageStart;
  });
  if (text != blocks->end() && text->kind == BlockKind::kHeading) return;
  Block heading;
  heading.kind = BlockKind::kHeading;
  heading.level = 1;
  heading.division_title = true;
  heading.range = {tag.begin, tag.end};
  model::Inline title;
  title.text = tag.title;
  title.range = heading.range;
  heading.inlines.push_back(std::move(title));
  blocks->insert(text, std::move(heading));
}

// A division being filled: its opening tag and its blocks so far.
struct OpenDivision {
  GalleyTag tag;
  std::vector<Block> blocks;
};

class DivisionBuilder {
 public:
  explicit DivisionBuilder(const SourceText& source) : source_(source) {}

  Status Add(BodyItem& item) {
    if (item.is_division_tag) return item.tag.closing ? Close(item.tag) : Open(item.tag);
    if (open_) {
      open_->blocks.push_back(std::move(item.block));
    } else if (item.block.kind == BlockKind::kPageStart) {
      waiting_markers_.push_back(std::move(item.block));
    } else {
      return source_.MakeError(
          item.block.range.begin,
          "text outside a division: this manuscript uses <division> tags, so every block "
          "belongs inside one",
          "move it into a division, or enclose it in <division kind=\"…\"> … </division> "
          "(each tag alone on its line, with blank lines around it)");
    }
    return Status::Ok();
  }

  Result<std::vector<Division>> Finish() {
    if (open_) {
      return source_.MakeError(open_->tag.begin, "this division is never closed",
                               "add </division> alone on a line after its last paragraph");
    }
    if (!waiting_markers_.empty()) {
      return source_.MakeError(waiting_markers_.front().range.begin,
                               "a page marker after the last division",
                               "move it into the division whose text begins that page");
    }
    return std::move(divisions_);
  }

 private:
  Status Open(const GalleyTag& tag) {
    if (open_) {
      return source_.MakeError(tag.begin,
                               "a division inside another (opened at " +
                                   source_.Where(open_->tag.begin) + ")",
                               "divisions do not nest: close the first with </division> before "
                               "opening the next");
    }
    open_.emplace();
    open_->tag = tag;
    open_->blocks = std::move(waiting_markers_);
    waiting_markers_.clear();
    return Status::Ok();
  }

  Status Close(const GalleyTag& tag) {
    if (!open_) {
      return source_.MakeError(tag.begin, "</division> without an open division",
                               "remove it, or open the division it closes with <division "
                               "kind=\"…\"> before the division's text");
    }
    bool has_text = false;
    for (const Block& block : open_->blocks) has_text |= block.kind != BlockKind::kPageStart;
    if (!has_text) {
      return source_.MakeError(open_->tag.begin, "this division has no text",
                               "write its text between the tags, or remove them");
    }
    Division division;
    division.kind = open_->tag.kind;
    division.role = open_->tag.role;
    division.title = open_->tag.title;
    // A page marker carried over from before the opening tag starts the division.
    SourcePos begin = std::min(open_->tag.begin, open_->blocks.front().range.begin);
    division.range = {begin, tag.end};
    AddTitleHeading(open_->tag, &open_->blocks);
    division.sections = BuildSections(std::move(open_->blocks));
    divisions_.push_back(std::move(division));
    open_.reset();
    return Status::Ok();
  }

  const SourceText& source_;
  std::optional<OpenDivision> open_;
  std::vector<Block> waiting_markers_;
  std::vector<Division> divisions_;
};

Status CheckHeadingDepths(const std::vector<BodyItem>& items, const SourceText& source) {
  const Block* previous = nullptr;
  for (const BodyItem& item : items) {
    if (item.is_division_tag || item.block.kind != BlockKind::kHeading) continue;
    GALLEY_RETURN_IF_ERROR(CheckHeadingDepth(item.block, previous, source));
    previous = &item.block;
  }
  return Status::Ok();
}

bool HasDivisionTags(const std::vector<BodyItem>& items) {
  for (const BodyItem& item : items) {
    if (item.is_division_tag) return true;
  }
  return false;
}

}  // namespace

Result<std::vector<Division>> BuildDivisions(std::vector<BodyItem> items,
                                             const SourceText& source, bool strict) {
  if (strict) GALLEY_RETURN_IF_ERROR(CheckHeadingDepths(items, source));
  if (!HasDivisionTags(items)) {
    std::vector<Block> blocks;
    for (BodyItem& item : items) blocks.push_back(std::move(item.block));
    Division body;
    body.kind = model::DivisionKind::kBody;
    if (!blocks.empty()) body.range = {blocks.front().range.begin, blocks.back().range.end};
    body.sections = BuildSections(std::move(blocks));
    return std::vector<Division>{std::move(body)};
  }
  DivisionBuilder builder(source);
  for (BodyItem& item : items) GALLEY_RETURN_IF_ERROR(builder.Add(item));
  return builder.Finish();
}

}  // namespace galley::manuscript
