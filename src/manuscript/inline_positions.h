// Positions of the inline nodes of one paragraph or heading, corrected for a cmark-gfm 0.29
// quirk. cmark numbers inline positions from a line counter that a backslash hard line break
// (`…\` at a line's end) does not advance, and counts columns from the last soft break; every
// node after such a break is reported on the line above, at a column past its end. Poetry
// written with backslash breaks would otherwise point every error at the wrong line.
//
// The fix re-anchors at the first node after each break: that node must start on the line after
// the previous node's, at the first non-blank byte after the block's prefix (cmark strips the
// prefix of a block quote or list item and assumes, as this does, that every line of the
// paragraph has the same one). Soft breaks and two-space hard breaks need no fix, and are
// detected because cmark already reports the next line for them.
//
// Call Begin, then the children's positions, then End, in document order, and Break at every
// soft or hard line break: the fix is a running state.
#pragma once

#include "manuscript/cmark_tree.h"
#include "manuscript/conversion_context.h"

namespace galley::manuscript {

// A file line and a 1-based byte column on it.
struct BytePos {
  int line = 0;
  int byte_column = 1;
};

class InlinePositions {
 public:
  // `block` is the paragraph or heading whose inlines follow.
  InlinePositions(const ConversionContext& context, cmark_node* block);

  BytePos Begin(cmark_node* node);  // where `node` starts
  BytePos End(cmark_node* node);    // just past its last byte
  void Break() { after_break_ = true; }
  BytePos last_end() const { return last_end_; }
  void SetLastEnd(BytePos end) { last_end_ = end; }
  int content_column() const { return prefix_bytes_ + 1; }  // where the block's lines start

  SourcePos ToSource(BytePos pos) const;

 private:
  // The first non-blank byte of `line` after the block's prefix.
  int ContentStart(int line) const;

  const ConversionContext& context_;
  int prefix_bytes_ = 0;   // the block's start column - 1
  int line_shift_ = 0;     // lines cmark's counter is behind
  int column_shift_ = 0;   // bytes cmark's columns are ahead on the current line
  bool after_break_ = false;
  BytePos last_end_;
};

}  // namespace galley::manuscript
