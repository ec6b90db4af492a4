// The content model: an immutable tree built once by the manuscript parser and then only read.
// Every stage takes `const Document&`; no stage changes it or parses text out of it again.
//
//   Document
//     Metadata                 (from the manuscript's front matter)
//     Division*                front matter, body, back matter, in reading order
//       Section*               a heading and what follows it, nested by heading level;
//                              the first section has no heading when text precedes one
//         Block*               heading, paragraph, scene break, page start, quote, list, …
//           Inline*            text, emphasis, strong, small caps, page start, note ref, break
//     notes: Block*            footnote bodies, numbered in order of first reference
//
// A node kind's fields are listed with the kind; other fields stay empty.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/source_position.h"
#include "model/book_words.h"
#include "model/page_start.h"

namespace galley::model {

enum class InlineKind {
  kText,        // text: the characters (already typographically clean: quotes, dashes, …)
  kEmphasis,    // children
  kStrong,      // children
  kSmallCaps,   // children; one that opens a paragraph is that paragraph's lead-in
  kCitation,    // children: the title of a work (<cite>)
  kForeign,     // children: a foreign word or name (<i lang="…">); language: its BCP 47 tag
  kLanguage,    // children: a passage in another language (<span lang="…">); language: its tag
  kPageStart,   // page: a page of the printed original begins here, within the text
  kNoteRef,     // text: the note's label as written; number: its display number
  kLineBreak,   // a hard line break
};

struct Inline {
  InlineKind kind = InlineKind::kText;
  std::string text;
  int number = 0;
  std::string language;  // kForeign, kLanguage: the BCP 47 tag of the children's language
  std::vector<Inline> children;
  SourceRange range;
  PageStart page;  // kPageStart
};

enum class BlockKind {
  kHeading,     // level 1–6, id, inlines, division_title
  kParagraph,   // inlines
  kSceneBreak,  // a thematic break between passages (CommonMark `* * *`)
  kPageStart,   // page: a page of the printed original begins before the next block (the
                //   same PageStart as the inline's: only where the original's page began differs)
  kBlockQuote,  // children
  kList,        // ordered, start, children (each a kListItem)
  kListItem,    // children
  kNote,        // label, number, id, children: a footnote's body (only in Document::notes)
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  std::string id;     // heading: unique anchor ("the-party-reflex"); note: "note-1"
  std::string label;  // note: label as written
  int number = 0;     // note: display number
  bool ordered = false;
  int start = 1;
  std::vector<Inline> inlines;
  std::vector<Block> children;
  SourceRange range;
  PageStart page;  // kPageStart
  // kHeading: the division's title (<division title="…">) made its heading by the parser,
  // because the division's text opens with none; its range is the division tag's.
  bool division_title = false;
};

struct Section {
  bool has_heading = false;
  Block heading;               // valid when has_heading
  std::vector<Block> blocks;   // what follows the heading, before any subsection
  std::vector<Section> subsections;
  SourceRange range;
};

enum class DivisionKind { kFront, kBody, kBack };

struct Division {
  DivisionKind kind = DivisionKind::kBody;
  std::string role;   // e.g. "biography", "introduction", "colophon"; empty for plain body text
  std::string title;  // editorial title; when the text opens with no heading, the parser makes it
                      // the first section's heading (Block::division_title); may be empty
  std::string id;     // unique anchor for the division ("biography", "body", "colophon")
  std::vector<Section> sections;
  SourceRange range;
};

struct Contributor {
  std::string name;     // "Victor Serge"
  std::string file_as;  // "Serge, Victor"; empty when not given
  std::string role;     // MARC relator: "aut", "trl", "edt"
};

struct Metadata {
  std::string title;
  std::string subtitle;
  std::vector<Contributor> creators;
  std::string language;     // BCP 47 tag, e.g. "en-US"
  std::string publisher;
  std::string source;       // the print edition this text reproduces
  std::string source_date;  // that edition's date
  std::string date;         // this edition's date, YYYY[-MM[-DD]]
  std::string rights;
  std::string identifier;   // empty: back ends derive a stable one (see StableIdentifier)
  std::string description;
  std::vector<std::string> subjects;
  // The title's own book words (`book-word: NAME = TEXT`, model/book_words.h), checked.
  std::vector<BookWordLine> book_words;
  // Where each front-matter key was given, so later stages can point at it.
  std::map<std::string, SourcePos> positions;
};

struct Document {
  std::string source_path;  // the manuscript file, for messages
  Metadata metadata;
  std::vector<Division> divisions;
  std::vector<Block> notes;
};

const char* ToString(InlineKind kind);
const char* ToString(BlockKind kind);
const char* ToString(DivisionKind kind);

// The book's identifier: the front matter's, or else "urn:uuid:…" derived from title, creators
// and source, so it never changes with a correction to the text.
std::string StableIdentifier(const Metadata& metadata);

// The plain text of inlines (page starts and note references left out).
std::string PlainText(const std::vector<Inline>& inlines);

}  // namespace galley::model
