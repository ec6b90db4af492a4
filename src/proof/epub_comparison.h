// What changed between two EPUBs of a book (before, after): the content documents added,
// removed or changed — each change of text as a word diff placed by chapter, heading, print page
// and paragraph —, the navigation (toc, page-list, landmarks), the package metadata, the reading
// order and every other file of the container. It is what `galley proof OLD.epub NEW.epub`
// prints (epub_summary.h); docs/proof.md, "Proofing an EPUB", explains it.
//
// Nothing is left out: every file whose bytes differ is accounted for in one of the parts, so
// Differs() is false only for two EPUBs whose files are all the same.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "proof/comparison.h"
#include "proof/epub_book.h"

namespace galley::proof {

// A stretch of a document's words with its changes, ready for FormatWordChanges: the changed
// words and up to kEpubDiffContext unchanged words either side (one more where there are more,
// so that "…" shows that the text goes on).
struct TextHunk {
  std::vector<WordChange> words;
  uint32_t paragraph = 0;  // where its first change is (in the document after, for an addition)
  std::string page;        // the print page there, from the page markers; "" when none
  std::string section;     // the heading it comes under in the document; "" before any
};

// The first line of a document that differs when only its markup changed.
struct MarkupChange {
  int line = 0;  // 1-based, in both versions (lines before it are the same)
  std::string before, after;  // that line in each, cut to show where it first differs
  size_t lines_changed = 0;   // lines of the document after that differ from before
};

enum class DocumentStatus { kTextChanged, kMarkupChanged, kAdded, kRemoved };

struct DocumentChange {
  DocumentStatus status = DocumentStatus::kTextChanged;
  std::string path;
  std::string label;         // the document's name after (before, for a removed one)
  std::string label_before;  // its name before, when that differs
  std::vector<TextHunk> hunks;  // kTextChanged
  MarkupChange markup;          // kMarkupChanged
  size_t words = 0;             // kAdded, kRemoved: its words of text
  std::string opening;          // kAdded, kRemoved: its first words
};

struct NavigationChange {
  std::string list;  // "toc", "page-list", "landmarks"
  std::optional<NavigationItem> before, after;  // both: the entry changed in place
};

struct MetadataChange {
  std::optional<MetadataItem> before, after;  // both: the value changed
};

struct FileChange {
  enum class Kind { kChanged, kAdded, kRemoved };
  Kind kind = Kind::kChanged;
  std::string path;
};

// Unchanged words shown either side of a change.
constexpr size_t kEpubDiffContext = 4;

struct EpubComparison {
  EpubBook before, after;
  std::vector<DocumentChange> documents;  // in reading order after; removed ones where they were
  size_t unchanged_documents = 0;
  std::vector<NavigationChange> navigation;      // toc, then page-list, then landmarks
  std::vector<MetadataChange> metadata;          // in the order of the metadata after
  std::vector<std::string> reading_order_moved;  // documents now elsewhere in the spine
  std::vector<FileChange> files;                 // files not accounted for above, by path

  size_t Count(DocumentStatus status) const;
  // Whether any file of the two EPUBs differs: --fail-on-change.
  bool Differs() const;
};

// Compares the two books. Fails only when a changed content document cannot be parsed for its
// text (ReadEpubBook has already checked that it is well-formed, so in practice never).
Result<EpubComparison> CompareEpubs(EpubBook before, EpubBook after);

}  // namespace galley::proof
