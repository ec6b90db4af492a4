#include "clean/inline_notes.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "clean/clean_rules.h"
#include "clean/notes.h"

namespace galley {
namespace {

// How the transcribers open such a note.
constexpr std::string_view kOpeners[] = {"[Footnote:", "[Fu\u00DFnote:", "[Fussnote:"};

struct InlineNote {
  size_t cut = 0;         // where the text taken out begins: the spaces before the bracket
  size_t open = 0;        // the "["
  size_t text_begin = 0;  // the note's text…
  size_t text_end = 0;    // …up to here (trailing spaces left out)
  size_t close = 0;       // the matching "]"
};

size_t MatchingBracket(const std::string& text, size_t open) {
  int depth = 0;
  for (size_t i = open; i < text.size(); ++i) {
    if (text[i] == '[') ++depth;
    if (text[i] == ']' && --depth == 0) return i;
  }
  return std::string::npos;
}

std::optional<InlineNote> NextInlineNote(const std::string& text, size_t from) {
  for (size_t at = text.find('[', from); at != std::string::npos; at = text.find('[', at + 1)) {
    auto opener = std::find_if(std::begin(kOpeners), std::end(kOpeners),
                               [&](std::string_view o) { return text.compare(at, o.size(), o) == 0; });
    if (opener == std::end(kOpeners)) continue;
    size_t close = MatchingBracket(text, at);
    if (close == std::string::npos) return std::nullopt;  // never closed: it stays text
    InlineNote note{at, at, at + opener->size(), close, close};
    while (note.cut > 0 && text[note.cut - 1] == ' ') --note.cut;
    if (note.cut == 0) continue;  // it opens the paragraph: no word refers to it
    while (note.text_begin < close && text[note.text_begin] == ' ') ++note.text_begin;
    while (note.text_end > note.text_begin && text[note.text_end - 1] == ' ') --note.text_end;
    if (note.text_begin == note.text_end) continue;  // an empty note is no note
    return note;
  }
  return std::nullopt;
}

bool Closes(MarkKind kind) {
  return kind == MarkKind::kEmphasisClose || kind == MarkKind::kStrongClose ||
         kind == MarkKind::kSmallCapsClose || kind == MarkKind::kProtectedClose;
}

// The note's text with the marks that lie in it (its emphasis, its lines' starts).
InlineText NoteText(const InlineText& paragraph, const InlineNote& note) {
  InlineText out;
  out.text = paragraph.text.substr(note.text_begin, note.text_end - note.text_begin);
  out.AddMark({0, MarkKind::kLineStart, paragraph.LineAt(note.text_begin), {}});
  for (const Mark& mark : paragraph.marks) {
    bool inside = mark.offset > note.text_begin && mark.offset < note.text_end;
    bool at_start = mark.offset == note.text_begin && !Closes(mark.kind);
    bool at_end = mark.offset == note.text_end && Closes(mark.kind);
    if (!inside && !at_start && !at_end) continue;
    Mark moved = mark;
    moved.offset -= note.text_begin;
    out.AddMark(std::move(moved));
  }
  return out;
}

// Takes [cut, close] out of the paragraph and puts the reference mark in its place. The
// note's own marks go with it; its lines' starts stay, so that the text after it keeps its line.
void ReplaceByReference(const InlineNote& note, const std::string& label, InlineText* paragraph) {
  size_t end = note.close + 1;
  std::erase_if(paragraph->marks, [&](const Mark& mark) {
    return mark.offset > note.cut && mark.offset < end && mark.kind != MarkKind::kLineStart;
  });
  paragraph->ApplyEdits({{note.cut, end - note.cut, "", {}}});
  paragraph->AddMark({note.cut, MarkKind::kNoteReference, 0, label});
}

}  // namespace

std::vector<Block> TakeInlineNotes(Block* block, const std::function<std::string()>& next_label,
                                   Review* review) {
  std::vector<Block> notes;
  InlineText& text = block->text;
  for (std::optional<InlineNote> note = NextInlineNote(text.text, 0); note;
       note = NextInlineNote(text.text, note->cut)) {
    std::string label = next_label();
    Block made{BlockKind::kNote, text.LineAt(note->open), block->source_text, 0, label,
               NoteText(text, *note)};
    std::string before = text.text.substr(note->open, note->close + 1 - note->open);
    review->changes.push_back({std::string(rule::kNote), made.line, NoteOpening(before),
                               "[^" + label + "]: " + NoteOpening(made.text.text),
                               "a note set where it is referred to"});
    ReplaceByReference(*note, label, &text);
    notes.push_back(std::move(made));
  }
  return notes;
}

}  // namespace galley
