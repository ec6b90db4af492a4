// What changed between two layout records of a book (before, after): each paragraph's fate,
// the pages that begin or end differently, the typographic problems that appeared or went, and
// lines set as before at a different spacing. It is what `galley proof` prints (summary.h)
// and reports (html_report.h); docs/proof.md explains how each part is decided.
//
// Paragraphs are aligned by their text, not by position (paragraph_alignment.h), so an
// inserted paragraph is one change, not a shift of everything after it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "frames/page_frame.h"
#include "proof/furniture_comparison.h"
#include "proof/line_breaks.h"
#include "proof/paragraphs.h"
#include "proof/quality_delta.h"
#include "proof/record.h"
#include "proof/style_comparison.h"
#include "proof/template_settings.h"

namespace galley::proof {

enum class ParagraphStatus {
  kUnchanged,    // same text, same breaks, same pages
  kMoved,        // same text and breaks; now on (or split across) other pages
  kReordered,    // same text, now at another place in the order of paragraphs
  kRebroken,     // same text, different line breaks
  kTextChanged,  // the text itself changed
  kAdded,
  kRemoved,
};

// A line of a title's file, for the lines behind a change (source_trace.h).
struct SourceLine {
  std::string path;
  int line = 0;      // 1-based
  std::string text;  // the line as written
};

struct WordChange {
  enum class Kind { kSame, kRemoved, kAdded };
  Kind kind = Kind::kSame;
  std::string word;
};

struct ParagraphChange {
  ParagraphStatus status = ParagraphStatus::kUnchanged;
  int before = -1;             // index in Comparison::before_paragraphs; -1 for an added paragraph
  int after = -1;              // index in Comparison::after_paragraphs; -1 for a removed one
  bool pages_changed = false;  // its lines are on other pages than before
  // For re-broken and changed paragraphs, their lines side by side (indices in the records'
  // lines, -1 for none): a line set the same in both, or a line before and one after that
  // differ, paired in order within each run of changed lines.
  struct LinePair {
    int before = -1, after = -1;
    bool same = false;
  };
  std::vector<LinePair> lines;
  std::vector<WordChange> words;  // kTextChanged: the word diff
  // kRebroken: the breaks (and break hyphens) only before, and only after.
  std::vector<BreakPoint> breaks_gone, breaks_new;
  // For a cleaned title, the lines of its editor's files behind a change of text
  // (source_trace.h): a corrections.tsv, structure.tsv or source.ocr.txt line.
  std::vector<SourceLine> behind;
};

struct PageSpan {
  std::string label;
  size_t first_line = 0;  // index in Record::lines
  size_t line_count = 0;
};

struct PageChange {
  std::optional<PageSpan> before, after;  // one is missing for a page added or removed
  bool begins_differently = false;
  bool ends_differently = false;
  // The page's text only shifted: it holds the same lines as before but `shift` lines later
  // in the text (negative: earlier), first and last line alike — what a change on an earlier
  // page does to every page after it, summarised as a range.
  bool shift_only = false;
  int shift = 0;
};

struct QualityProblem {
  // "overfull", "underfull", "loose" (ratio > 1), "tight" (ratio < -1), "hyphen-run" (three
  // or more hyphenated lines in a row), "widow", "orphan"
  std::string kind;
  size_t line = 0;  // index in Record::lines of the line (a run's first line)
  int run = 0;      // a hyphen run's length
};

struct QualityChange {
  bool introduced = false;  // new in `after`; else gone from `before`
  QualityProblem problem;
};

// A line of a paragraph whose breaks did not change, set at another adjustment ratio.
struct RatioChange {
  size_t before_line = 0, after_line = 0;
};

// What only frames can tell (both sides typeset now, or read from records of format 2):
// furniture, style, template keys, the one quality library's deltas and which pages print
// differently at all.
struct BookDifferences {
  std::vector<SettingChange> settings;
  std::vector<FurnitureChange> furniture;
  std::vector<StyleChange> styles;  // StyleChange::change indexes Comparison::paragraphs
  QualityDelta quality;
  std::vector<int> printed_pages;   // physical pages that print differently

  bool Differs() const;
};

// One side of a proof: its record lines, and its frames when it has them (a record of format
// 1 has only lines).
struct ProofBook {
  Record record;
  std::optional<frames::DocumentFrames> frames;
};

struct Comparison {
  Record before, after;
  std::optional<frames::DocumentFrames> before_frames, after_frames;
  std::optional<BookDifferences> book;  // when both sides have frames
  std::vector<Paragraph> before_paragraphs, after_paragraphs;
  std::vector<ParagraphChange> paragraphs;  // every paragraph of both, in reading order
  std::vector<PageChange> pages;            // only pages that changed
  // New problems first, then the ones that went; only for records without frames (book
  // holds the quality library's deltas otherwise).
  std::vector<QualityChange> quality;
  std::vector<RatioChange> ratios;

  int Count(ParagraphStatus status) const;
  // Whether the printed book differs at all: --fail-on-change.
  bool Differs() const;
};

Comparison CompareRecords(Record before, Record after);

// CompareRecords, and when both sides have frames, BookDifferences too.
Comparison CompareBooks(ProofBook before, ProofBook after);

}  // namespace galley::proof
