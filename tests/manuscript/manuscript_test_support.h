// Shared by the manuscript tests: a minimal front matter to put before a test body, and an
// assertion on where an error points and whether it says what to do.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "manuscript/manuscript_parser.h"
#include "model/document.h"
#include "model/reading_order.h"

namespace galley::manuscript::testing {

inline constexpr char kPath[] = "book.md";

// Five lines: a body given to ParseBody starts on line 6.
inline const std::string kFrontMatter = "---\ntitle: T\nauthor: A\nlanguage: en\n---\n";

inline Result<model::Document> ParseBody(const std::string& body, ParseOptions options = {}) {
  return ParseManuscript(kFrontMatter + body, kPath, options);
}

// Passes when `result` failed with an input error at `where` ("book.md:6:1"), whose message
// contains `message`, whose hint contains `hint` (so it says what to do), and which quotes the
// line it points at.
template <typename T>
::testing::AssertionResult FailsAt(const Result<T>& result, const std::string& where,
                                   const std::string& message, const std::string& hint) {
  if (result.ok()) return ::testing::AssertionFailure() << "parsed without an error";
  const Error& error = result.error();
  std::string text = error.ToString();
  if (error.kind != ErrorKind::kInput) {
    return ::testing::AssertionFailure() << "not an input error: " << text;
  }
  if (error.where.ToString() != where) {
    return ::testing::AssertionFailure() << "points at " << error.where.ToString() << ", not "
                                         << where << ":\n" << text;
  }
  if (error.message.find(message) == std::string::npos) {
    return ::testing::AssertionFailure() << "message lacks \"" << message << "\":\n" << text;
  }
  if (hint.empty() || error.hint.find(hint) == std::string::npos) {
    return ::testing::AssertionFailure() << "hint lacks \"" << hint << "\":\n" << text;
  }
  if (error.source_line.empty()) {
    return ::testing::AssertionFailure() << "does not quote the line:\n" << text;
  }
  return ::testing::AssertionSuccess();
}

// Every block of `kind`, in reading order.
inline std::vector<model::Block> BlocksOf(const model::Document& document, model::BlockKind kind) {
  std::vector<model::Block> blocks;
  model::ForEachBlock(document, [&](const model::Block& block) {
    if (block.kind == kind) blocks.push_back(block);
  });
  return blocks;
}

// Every inline of `kind`, in reading order.
inline std::vector<model::Inline> InlinesOf(const model::Document& document,
                                            model::InlineKind kind) {
  std::vector<model::Inline> inlines;
  model::ForEachInline(document, [&](const model::Inline& piece) {
    if (piece.kind == kind) inlines.push_back(piece);
  });
  return inlines;
}

// The blocks of the first division's first section.
inline const std::vector<model::Block>& FirstBlocks(const model::Document& document) {
  return document.divisions.at(0).sections.at(0).blocks;
}

inline std::string Range(const SourceRange& range) {
  return std::to_string(range.begin.line) + ":" + std::to_string(range.begin.column) + "-" +
         std::to_string(range.end.line) + ":" + std::to_string(range.end.column);
}

}  // namespace galley::manuscript::testing
