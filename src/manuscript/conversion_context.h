// What the block and inline converters share while one manuscript becomes a model: the source
// (for positions and errors), where cmark's line 1 lies in the file, and the book-wide tables
// that catch a page label used twice and give each note reference its note's label.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/result.h"
#include "manuscript/cmark_tree.h"
#include "manuscript/galley_tag.h"
#include "manuscript/source_text.h"
#include "model/page_start.h"

namespace galley::manuscript {

class ConversionContext {
 public:
  // `body_line` is the file line cmark's line 1 stands on (the line after the front matter).
  ConversionContext(const SourceText& source, int body_line)
      : source_(source), line_offset_(body_line - 1) {}

  const SourceText& source() const { return source_; }
  int FileLine(int cmark_line) const { return cmark_line + line_offset_; }

  // A block node's range in the file (cmark's block positions are exact).
  SourceRange RangeOf(cmark_node* node) const;
  // A block node's raw HTML, placed where it stands.
  HtmlText HtmlOf(cmark_node* node) const;

  // The page of the original that a marker at `pos` says begins there, its label classified
  // (model/page_start.h) here and nowhere else; the same label twice is an error naming both.
  Result<model::PageStart> AddPageStart(const std::string& label, SourcePos pos);

  // Notes are numbered by cmark-gfm in order of first reference; each reference knows only
  // its number, so the labels as written are collected from the notes first.
  void SetNoteLabels(std::vector<std::string> labels) { note_labels_ = std::move(labels); }
  std::string NoteLabel(int number) const;

 private:
  const SourceText& source_;
  int line_offset_;
  std::map<std::string, SourcePos> page_labels_;
  std::vector<std::string> note_labels_;
};

}  // namespace galley::manuscript
