#include "epub/text_writer.h"

#include <algorithm>

#include "base/quoted_value.h"
#include "epub/xhtml_page.h"
#include "epub/xml_text.h"
#include "model/book_words.h"

namespace galley::epub {

namespace {

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;

// The paragraph opens with small capitals (after any page marker): its lead-in.
bool OpensWithSmallCaps(const std::vector<Inline>& inlines) {
  for (const Inline& in : inlines) {
    if (in.kind == InlineKind::kPageStart) continue;
    return in.kind == InlineKind::kSmallCaps;
  }
  return false;
}

std::string NoteId(const Block& note) {
  return note.id.empty() ? "note-" + std::to_string(note.number) : note.id;
}

std::string NoteRefId(int number, int nth) {
  std::string id = "noteref-" + std::to_string(number);
  return nth == 1 ? id : id + "-" + std::to_string(nth);
}

}  // namespace

TextWriter::TextWriter(const model::Document& document, TextCoverage* coverage)
    : document_(document),
      scene_break_label_(model::BookWords::For(document.metadata).Get("scene-break")),
      coverage_(coverage) {
  for (const Block& note : document.notes) notes_by_number_[note.number] = &note;
}

void TextWriter::BeginFile(const std::string& href) {
  href_ = href;
  file_order_ = ++order_;
  notes_for_file_.clear();
}

Error TextWriter::ErrorAt(const SourceRange& range, std::string message, std::string hint) const {
  return InputError({document_.source_path, range.begin}, std::move(message), std::move(hint));
}

Status TextWriter::RequireXml(const std::string& text, const SourceRange& range) const {
  return RequireXmlText(text, {document_.source_path, range.begin}, "the text");
}

Status TextWriter::RegisterId(const std::string& id, const SourceRange& range) {
  auto [it, inserted] = anchors_.emplace(id, Anchor{href_, ++order_});
  if (!inserted) {
    return ErrorAt(range, "the anchor `" + id + "` is used twice in the book",
                   "headings, page markers and notes need distinct names; rename one of them");
  }
  return Status::Ok();
}

const TextWriter::Anchor* TextWriter::FindAnchor(const std::string& id) const {
  auto found = anchors_.find(id);
  return found == anchors_.end() ? nullptr : &found->second;
}

Status TextWriter::WriteBlocks(pugi::xml_node parent, const std::vector<Block>& blocks) {
  for (const Block& block : blocks) GALLEY_RETURN_IF_ERROR(WriteBlock(parent, block));
  return Status::Ok();
}

Status TextWriter::WriteBlock(pugi::xml_node parent, const Block& block) {
  switch (block.kind) {
    case BlockKind::kHeading:
      return WriteHeading(parent, block);
    case BlockKind::kParagraph:
      return WriteParagraph(parent, block);
    case BlockKind::kSceneBreak: {
      GALLEY_RETURN_IF_ERROR(FlushPageMarkersBefore(parent));
      pugi::xml_node hr = AppendBlock(parent, "hr");
      hr.append_attribute("class") = "scene-break";
      hr.append_attribute("role") = "separator";
      hr.append_attribute("aria-label") = scene_break_label_.c_str();
      return Status::Ok();
    }
    case BlockKind::kPageStart:
      // In a note there is no next block of the text to wait for.
      if (in_note_) return AppendPageBreak(parent, block.page, block.range, true);
      waiting_markers_.push_back(&block);
      return Status::Ok();
    case BlockKind::kBlockQuote:
      return WriteBlocks(AppendBlock(parent, "blockquote"), block.children);
    case BlockKind::kList:
      return WriteList(parent, block);
    case BlockKind::kListItem:  // only inside a list; alone, its blocks stand for it
      return WriteBlocks(parent, block.children);
    case BlockKind::kNote:
      return ErrorAt(block.range, "a note body stands in the text",
                     "notes belong after the text as `[^label]: …` definitions");
  }
  return Status::Ok();
}

Status TextWriter::WriteHeading(pugi::xml_node parent, const Block& block) {
  GALLEY_RETURN_IF_ERROR(FlushPageMarkersBefore(parent));
  int level = std::clamp(block.level, 1, 6);
  std::string name = std::string("h").append(std::to_string(level));
  pugi::xml_node heading = AppendBlock(parent, name.c_str());
  ++headings_written_;
  if (!block.id.empty()) {
    GALLEY_RETURN_IF_ERROR(RegisterId(block.id, block.range));
    heading.append_attribute("id") = block.id.c_str();
  }
  // A division's title made its heading: book.css can restyle it, or hide it from sight only
  // (templates/epub/book.css, docs/templates.md), without taking it from the outline.
  if (block.division_title) heading.append_attribute("class") = "division-title";
  // book.css sets low-ranked headings in italic: count their text in both faces.
  GALLEY_RETURN_IF_ERROR(WriteInlines(heading, block.inlines, Face{}));
  coverage_->Add(FaceFile::kItalic, model::PlainText(block.inlines));
  return Status::Ok();
}

Status TextWriter::WriteParagraph(pugi::xml_node parent, const Block& block) {
  pugi::xml_node p = AppendBlock(parent, "p");
  bool lead_in = OpensWithSmallCaps(block.inlines);
  // Printed full out, as the opening of a text (docs/manuscript.md, "Small capitals").
  if (lead_in) p.append_attribute("class") = "opening";
  // Lines broken by hand are verse: book.css aligns its first line with the others, as in print.
  bool verse = std::any_of(block.inlines.begin(), block.inlines.end(), [](const Inline& piece) {
    return piece.kind == InlineKind::kLineBreak;
  });
  if (verse && !lead_in) p.append_attribute("class") = "verse";
  GALLEY_RETURN_IF_ERROR(FlushPageMarkersInto(p));
  return WriteInlines(p, block.inlines, Face{}, lead_in);
}

Status TextWriter::WriteList(pugi::xml_node parent, const Block& block) {
  pugi::xml_node list = AppendBlock(parent, block.ordered ? "ol" : "ul");
  // The reading system draws the markers in the list's face: numbers and a period, or a bullet.
  coverage_->Add(FaceFile::kRegular, block.ordered ? "0123456789." : "\u2022");
  if (block.ordered && block.start != 1) list.append_attribute("start") = block.start;
  for (const Block& item : block.children) {
    pugi::xml_node li = AppendBlock(list, "li");
    // By reference: a copy of a lone block would copy its subtree at every level of nesting.
    GALLEY_RETURN_IF_ERROR(item.kind == BlockKind::kListItem ? WriteBlocks(li, item.children)
                                                             : WriteBlock(li, item));
  }
  return Status::Ok();
}

Status TextWriter::WriteInlines(pugi::xml_node parent, const std::vector<Inline>& inlines,
                                Face face, bool opens_paragraph) {
  bool first_small_caps = opens_paragraph;
  for (const Inline& in : inlines) {
    switch (in.kind) {
      case InlineKind::kText:
        GALLEY_RETURN_IF_ERROR(RequireXml(in.text, in.range));
        AppendText(parent, in.text);
        coverage_->Add(face, in.text);
        break;
      case InlineKind::kEmphasis: {
        Face inner = face;
        inner.italic = !face.italic;  // emphasis within emphasis is set upright (book.css)
        GALLEY_RETURN_IF_ERROR(WriteInlines(parent.append_child("em"), in.children, inner));
        break;
      }
      case InlineKind::kStrong: {
        Face inner = face;
        inner.bold = true;
        GALLEY_RETURN_IF_ERROR(WriteInlines(parent.append_child("strong"), in.children, inner));
        break;
      }
      case InlineKind::kCitation: {
        // A work's title: <cite>, italic in book.css (upright inside italic, as emphasis).
        Face inner = face;
        inner.italic = !face.italic;
        GALLEY_RETURN_IF_ERROR(WriteInlines(parent.append_child("cite"), in.children, inner));
        break;
      }
      case InlineKind::kForeign: {
        // A foreign word or name: <i> in its language, so that a reading system speaks and
        // hyphenates it as that language (EPUB Accessibility, "Language of parts").
        Face inner = face;
        inner.italic = !face.italic;
        pugi::xml_node i = parent.append_child("i");
        i.append_attribute("xml:lang") = in.language.c_str();
        i.append_attribute("lang") = in.language.c_str();
        GALLEY_RETURN_IF_ERROR(WriteInlines(i, in.children, inner));
        break;
      }
      case InlineKind::kLanguage: {
        pugi::xml_node span = parent.append_child("span");
        span.append_attribute("xml:lang") = in.language.c_str();
        span.append_attribute("lang") = in.language.c_str();
        GALLEY_RETURN_IF_ERROR(WriteInlines(span, in.children, face));
        break;
      }
      case InlineKind::kSmallCaps: {
        pugi::xml_node span = parent.append_child("span");
        span.append_attribute("class") = first_small_caps ? "lead-in" : "small-caps";
        GALLEY_RETURN_IF_ERROR(WriteInlines(span, in.children, face));
        break;
      }
      case InlineKind::kPageStart:
        GALLEY_RETURN_IF_ERROR(AppendPageBreak(parent, in.page, in.range, false));
        break;
      case InlineKind::kNoteRef:
        GALLEY_RETURN_IF_ERROR(WriteNoteRef(parent, in));
        break;
      case InlineKind::kLineBreak:
        parent.append_child("br");
        break;
    }
    if (in.kind != InlineKind::kPageStart) first_small_caps = false;
  }
  return Status::Ok();
}

Status TextWriter::AppendPageBreak(pugi::xml_node parent, const model::PageStart& page,
                                   const SourceRange& range, bool between_blocks) {
  GALLEY_RETURN_IF_ERROR(RequireXml(page.label, range));
  std::string id = page.id();
  GALLEY_RETURN_IF_ERROR(RegisterId(id, range));
  pugi::xml_node span = between_blocks ? AppendBlock(parent, "span") : parent.append_child("span");
  span.append_attribute("epub:type") = "pagebreak";
  span.append_attribute("role") = "doc-pagebreak";
  span.append_attribute("id") = id.c_str();
  span.append_attribute("aria-label") = page.label.c_str();
  KeepOpenAndClose(span);
  pages_.push_back({page, href_ + "#" + id, FindAnchor(id)->order});
  return Status::Ok();
}

Status TextWriter::FlushPageMarkersBefore(pugi::xml_node parent) {
  for (const Block* marker : waiting_markers_) {
    GALLEY_RETURN_IF_ERROR(AppendPageBreak(parent, marker->page, marker->range, true));
  }
  waiting_markers_.clear();
  return Status::Ok();
}

Status TextWriter::FlushPageMarkersInto(pugi::xml_node paragraph) {
  for (const Block* marker : waiting_markers_) {
    GALLEY_RETURN_IF_ERROR(AppendPageBreak(paragraph, marker->page, marker->range, false));
  }
  waiting_markers_.clear();
  return Status::Ok();
}

Status TextWriter::FlushPageMarkers(pugi::xml_node parent) { return FlushPageMarkersBefore(parent); }

Status TextWriter::WriteNoteRef(pugi::xml_node parent, const Inline& ref) {
  GALLEY_RETURN_IF_ERROR(RequireXml(ref.text, ref.range));
  auto found = notes_by_number_.find(ref.number);
  if (found == notes_by_number_.end()) {
    return ErrorAt(
        ref.range, "the note reference `[^" + ClipForMessage(ref.text) + "]` has no note",
        "add the note's text as `[^" + ClipForMessage(ref.text) + "]: …` after the paragraph");
  }
  int nth = ++references_per_note_[ref.number];
  if (nth == 1) notes_for_file_.push_back(ref.number);
  std::string id = NoteRefId(ref.number, nth);
  GALLEY_RETURN_IF_ERROR(RegisterId(id, ref.range));
  pugi::xml_node a = parent.append_child("a");
  a.append_attribute("epub:type") = "noteref";
  a.append_attribute("role") = "doc-noteref";
  a.append_attribute("class") = "noteref";
  a.append_attribute("id") = id.c_str();
  // The note is written into the file of its first reference.
  const Anchor* note_anchor = nth == 1 ? nullptr : FindAnchor(NoteId(*found->second));
  std::string target = std::string("#").append(NoteId(*found->second));
  if (note_anchor != nullptr && note_anchor->href != href_) {
    // Content documents share one folder: the target's file name is its relative URL.
    target = note_anchor->href.substr(note_anchor->href.rfind('/') + 1) + target;
  }
  a.append_attribute("href") = target.c_str();
  std::string number = std::to_string(ref.number);
  AppendText(a, number);
  coverage_->Add(FaceFile::kRegular, number);
  return Status::Ok();
}

Status TextWriter::WriteNotes(pugi::xml_node parent, bool and_unreferenced) {
  if (and_unreferenced) {
    for (const auto& [number, note] : notes_by_number_) {
      if (references_per_note_.count(number) == 0) notes_for_file_.push_back(number);
    }
  }
  in_note_ = true;
  // A note may refer to another, which then joins the list.
  for (size_t i = 0; i < notes_for_file_.size(); ++i) {
    int number = notes_for_file_[i];
    if (!notes_written_.insert(number).second) continue;
    Status written = WriteNote(parent, *notes_by_number_.at(number));
    if (!written.ok()) {
      in_note_ = false;
      return written;
    }
  }
  in_note_ = false;
  notes_for_file_.clear();
  return Status::Ok();
}

Status TextWriter::WriteNote(pugi::xml_node parent, const Block& note) {
  pugi::xml_node aside = AppendBlock(parent, "aside");
  std::string id = NoteId(note);
  GALLEY_RETURN_IF_ERROR(RegisterId(id, note.range));
  aside.append_attribute("epub:type") = "footnote";
  aside.append_attribute("role") = "doc-footnote";
  aside.append_attribute("class") = "footnote";
  aside.append_attribute("id") = id.c_str();
  GALLEY_RETURN_IF_ERROR(WriteBlocks(aside, note.children));

  // The note's number, linking back to where it is first referenced, opens its first paragraph.
  pugi::xml_node first = aside.child("p");
  if (!first) first = aside.prepend_child("p");
  std::string number = std::to_string(note.number);
  if (references_per_note_.count(note.number) > 0) {
    pugi::xml_node back = first.prepend_child("a");
    back.append_attribute("href") = std::string("#").append(NoteRefId(note.number, 1)).c_str();
    back.append_attribute("role") = "doc-backlink";
    back.append_attribute("class") = "note-number";
    AppendText(back, number);
    first.insert_child_after(pugi::node_pcdata, back).set_value(" ");
  } else {
    first.prepend_child(pugi::node_pcdata).set_value((number + " ").c_str());
  }
  coverage_->Add(FaceFile::kRegular, number);
  return Status::Ok();
}

}  // namespace galley::epub
