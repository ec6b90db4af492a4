// A word hyphenated across a page turn in a typeset book: its page reads it whole, the next
// page does not read its rest again (layout/pages/page_turn_words.h). Printed text unchanged.
#include <gtest/gtest.h>

#include "layout/layout_fixture.h"
#include "layout/pages/typeset_book.h"

namespace galley::layout {
namespace {

using Kind = frames::FrameItem::Kind;
using testing::Paragraph;
using testing::Text;

// Long words in a narrow measure: many lines end with a hyphen.
std::string LongWords(int count, int seed) {
  static const char* const kWords[] = {"administration", "representatives", "extraordinarily",
                                       "notwithstanding", "revolutionary", "characteristically",
                                       "international", "the", "and", "of", "bureaucracy",
                                       "organisation"};
  const int kinds = sizeof kWords / sizeof kWords[0];
  std::string out;
  for (int i = 0; i < count; ++i) {
    if (i > 0) out += ' ';
    out += kWords[(i * 5 + seed * 7) % kinds];
  }
  return out + ".";
}

model::Document LongParagraphs() {
  model::Document document;
  document.source_path = "book.md";
  document.metadata.title = "Turns";
  document.metadata.language = "en-US";
  document.metadata.date = "2024-05";
  model::Division body;
  body.kind = model::DivisionKind::kBody;
  body.id = "body";
  body.sections.push_back({});
  for (int i = 0; i < 40; ++i) {
    body.sections[0].blocks.push_back(Paragraph({Text(LongWords(120, i), 10 + i)}, 10 + i));
  }
  document.divisions.push_back(body);
  return document;
}

const frames::TextLineItem* FirstBodyLine(const frames::PageFrame& page) {
  for (const frames::FrameItem& item : page.items) {
    if (item.kind == Kind::kText && item.text.role == frames::Role::kBody) return &item.text;
  }
  return nullptr;
}

const frames::TextLineItem* LastBodyLine(const frames::PageFrame& page) {
  const frames::TextLineItem* last = nullptr;
  for (const frames::FrameItem& item : page.items) {
    if (item.kind == Kind::kText && item.text.role == frames::Role::kBody) last = &item.text;
  }
  return last;
}

class PageTurnBookTest : public testing::TypesetterTest {
 protected:
  // Hyphens at a page's foot cost nothing here, so that some fall at a turn.
  void SetUp() override {
    SetUpTypesetter({"pages.hyphen-end-penalty = 0", "hyphenation.pretolerance = -1",
                     "linebreak.line-penalty = 10", "page.width = 100mm"});
  }
};

TEST_F(PageTurnBookTest, AWordHyphenatedAtATurnReadsWholeOnItsFirstPage) {
  Result<TypesetBook> book = TypesetDocument(LongParagraphs(), *template_, fonts_, {});
  ASSERT_TRUE(book.ok()) << book.error().ToString();
  const std::vector<frames::PageFrame>& pages = book->frames.pages;
  int turns = 0;
  for (size_t i = 0; i + 1 < pages.size(); ++i) {
    const frames::TextLineItem* before = LastBodyLine(pages[i]);
    const frames::TextLineItem* after = FirstBodyLine(pages[i + 1]);
    if (before == nullptr || after == nullptr || !before->hyphenated) continue;
    if (after->paragraph != before->paragraph || after->line != before->line + 1) continue;
    ++turns;
    // "… bureau-" / "cracy was …": printed as before, read as "… bureaucracy" / " was …".
    std::string printed_start = before->text.substr(before->text.rfind(' ') + 1);
    std::string rest = after->text.substr(0, after->text.find(' '));
    ASSERT_EQ(printed_start.back(), '-') << before->text;
    std::string word = printed_start.substr(0, printed_start.size() - 1) + rest;
    const std::string& read_before = before->runs.back().text;
    EXPECT_EQ(read_before.substr(read_before.size() - word.size()), word) << before->text;
    const std::string& read_after = after->runs.front().text;
    EXPECT_NE(read_after.substr(0, rest.size()), rest) << after->text;
    EXPECT_EQ(after->text.substr(0, rest.size()), rest);
  }
  EXPECT_GT(turns, 0) << "no word was hyphenated at a page turn: the test proves nothing";
}

}  // namespace
}  // namespace galley::layout
