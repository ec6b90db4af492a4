// A paragraph's (or heading's) text while `galley clean` works on it: plain text with no markup
// and no escapes, so that every rule sees only words, plus marks that sit between characters —
// where each source line begins (for the review report), print page breaks, emphasis and the
// small-caps lead-in. Rules edit the text; the marks move with the edits; the manuscript writer
// turns marks into markup at the end.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "typography/text_edit.h"

namespace galley {

enum class MarkKind {
  // In this order when several sit at one offset: what closes comes before what opens.
  kProtectedClose,  // the end of text a correction wrote
  kEmphasisClose,
  kStrongClose,
  kSmallCapsClose,
  kNoteReference,   // a reference to note `label`, written [^label]
  kLineStart,
  kPageBreak,
  kSmallCapsOpen,
  kStrongOpen,
  kEmphasisOpen,
  kProtectedOpen,   // the start of text a correction wrote: guessing rules leave it alone
};

struct Mark {
  size_t offset = 0;  // byte offset into InlineText::text
  MarkKind kind = MarkKind::kLineStart;
  int line = 0;       // kLineStart: the source line that begins here
  std::string label;  // kPageBreak: the page's label; kNoteReference: the note's
};

struct InlineText {
  std::string text;
  std::vector<Mark> marks;  // sorted by offset, then by kind

  // Adds `mark`, keeping the order.
  void AddMark(Mark mark);

  // The source line the byte at `offset` came from (0 if the text has no line marks).
  int LineAt(size_t offset) const;

  // Whether any of the bytes [begin, end) lies in text a correction wrote.
  bool IsProtected(size_t begin, size_t end) const;

  // Applies `edits` (sorted, not overlapping, each replacing at least one byte) to the text.
  // A mark before or at an edit's start stays; one after its end moves by the length change;
  // one inside it goes to the edit's start if it opens or begins something, to its end if it
  // closes something.
  void ApplyEdits(const std::vector<TextEdit>& edits);

  // Appends `separator` and then `other`, keeping `other`'s marks.
  void Append(std::string_view separator, const InlineText& other);
};

}  // namespace galley
