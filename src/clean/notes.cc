#include "clean/notes.h"

#include <algorithm>
#include <map>

#include "clean/clean_rules.h"
#include "clean/gutenberg_lines.h"
#include "clean/inline_notes.h"

namespace galley {
namespace {

struct Reference {
  size_t block = 0;
  size_t offset = 0;  // of the "[" in the block's text
  size_t length = 0;  // of "[1]"
  std::string label;  // as the source has it
  std::string note;   // the label it gets, once its note text is found
};

std::vector<Reference> FindReferences(const Block& block, size_t index) {
  std::vector<Reference> found;
  const std::string& text = block.text.text;
  for (size_t at = text.find('['); at != std::string::npos; at = text.find('[', at + 1)) {
    size_t close = text.find(']', at);
    if (close == std::string::npos || close - at > 5 || at == 0) continue;
    std::string label = text.substr(at + 1, close - at - 1);
    if (IsNoteLabel(label)) found.push_back({index, at, close - at + 1, label, {}});
  }
  return found;
}

bool IsFootnotesLine(const Block& block) {
  std::string text = block.text.text;
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return block.kind == BlockKind::kParagraph &&
         (text == "FOOTNOTES:" || text == "FOOTNOTES" || text == "FOOTNOTE:" ||
          text == "FOOTNOTE");
}

// A note text nothing refers to becomes the paragraph the source has: "[1] " and its text.
void RevertToParagraph(std::string_view label, Block* block) {
  InlineText text;
  if (!label.empty()) text.text.append("[").append(label).append("] ");
  text.AddMark({0, MarkKind::kLineStart, block->line, {}});
  text.Append("", block->text);
  block->text = std::move(text);
  block->kind = BlockKind::kParagraph;
}

class NoteLinker {
 public:
  NoteLinker(std::vector<Block>* blocks, Review* review) : blocks_(*blocks), review_(review) {}

  void Link() {
    bool head_linked = false;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      Block& block = blocks_[i];
      if (block.kind != BlockKind::kNote) {
        if (!HasText(block)) continue;
        std::vector<Block> inline_notes =
            TakeInlineNotes(&block, [&] { return std::to_string(++notes_); }, review_);
        AddReferences(block, i);
        // Each follows its paragraph, as a note text whose references are already marked.
        blocks_.insert(blocks_.begin() + static_cast<long>(i) + 1,
                       std::make_move_iterator(inline_notes.begin()),
                       std::make_move_iterator(inline_notes.end()));
        i += inline_notes.size();
        continue;
      }
      if (block.label.empty()) {  // a further paragraph of the note before
        if (!head_linked) RevertToParagraph("", &block);
        continue;
      }
      head_linked = LinkNote(i);
    }
    for (const auto& [label, waiting] : pending_) {
      for (size_t r : waiting) {
        const Reference& ref = refs_[r];
        review_->doubts.push_back({std::string(rule::kNote),
                                   blocks_[ref.block].text.LineAt(ref.offset), "[" + label + "]",
                                   "a note reference with no note text after it, kept as text"});
      }
    }
    MarkReferences();
    RemoveFootnotesLines();
  }

 private:
  void AddReferences(const Block& block, size_t index) {
    for (Reference& ref : FindReferences(block, index)) {
      pending_[ref.label].push_back(refs_.size());
      refs_.push_back(std::move(ref));
    }
  }

  bool LinkNote(size_t i) {
    Block& note = blocks_[i];
    std::vector<size_t>& waiting = pending_[note.label];
    if (waiting.empty()) {
      review_->doubts.push_back({std::string(rule::kNote), note.line, "[" + note.label + "]",
                                 "a note text nothing before it refers to, kept as a paragraph"});
      RevertToParagraph(note.label, &note);
      return false;
    }
    std::string label = std::to_string(++notes_);
    std::string lines;
    for (size_t r : waiting) {
      refs_[r].note = label;
      int line = blocks_[refs_[r].block].text.LineAt(refs_[r].offset);
      lines += (lines.empty() ? "L" : ", L") + std::to_string(line);
    }
    review_->changes.push_back({std::string(rule::kNote), note.line,
                                "[" + note.label + "] " + NoteOpening(note.text.text),
                                "[^" + label + "]: " + NoteOpening(note.text.text),
                                "referred to on " + lines});
    note.label = label;
    waiting.clear();
    return true;
  }

  // Replaces each linked "[1]" by a reference mark.
  void MarkReferences() {
    std::map<size_t, std::vector<const Reference*>> by_block;
    for (const Reference& ref : refs_) {
      if (!ref.note.empty()) by_block[ref.block].push_back(&ref);
    }
    for (auto& [index, refs] : by_block) {
      InlineText& text = blocks_[index].text;
      std::vector<TextEdit> edits;
      for (const Reference* ref : refs) edits.push_back({ref->offset, ref->length, "", {}});
      text.ApplyEdits(edits);
      size_t removed = 0;
      for (const Reference* ref : refs) {
        text.AddMark({ref->offset - removed, MarkKind::kNoteReference, 0, ref->note});
        removed += ref->length;
      }
    }
  }

  void RemoveFootnotesLines() {
    std::vector<Block> kept;
    kept.reserve(blocks_.size());
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (IsFootnotesLine(blocks_[i]) && i + 1 < blocks_.size() &&
          blocks_[i + 1].kind == BlockKind::kNote) {
        review_->changes.push_back({std::string(rule::kNote), blocks_[i].line,
                                    blocks_[i].text.text, "", "the notes are the book's notes"});
        continue;
      }
      kept.push_back(std::move(blocks_[i]));
    }
    blocks_ = std::move(kept);
  }

  std::vector<Block>& blocks_;
  Review* review_;
  std::vector<Reference> refs_;
  std::map<std::string, std::vector<size_t>> pending_;  // label → references not yet linked
  int notes_ = 0;
};

}  // namespace

void LinkNotes(std::vector<Block>* blocks, Review* review) { NoteLinker(blocks, review).Link(); }

std::string NoteOpening(std::string_view text) {
  constexpr size_t kShown = 50;
  if (text.size() <= kShown) return std::string(text);
  size_t cut = text.rfind(' ', kShown);
  return std::string(text.substr(0, cut == std::string_view::npos ? kShown : cut)) + "\u2026";
}

}  // namespace galley
