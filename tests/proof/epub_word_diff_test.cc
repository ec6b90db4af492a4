// The paragraph-anchored word diff of two documents: every word of both is accounted for, in
// order, whichever way a stretch is diffed; a small change gives the same diff as one Myers
// diff over the whole document; a long rewrite is diffed paragraph by paragraph.
#include "proof/epub_word_diff.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>

#include "proof/word_diff.h"

namespace galley::proof {
namespace {

// A document from paragraphs of space-separated words, each opened by "¶".
DocumentText Document(const std::vector<std::string>& paragraphs) {
  DocumentText text;
  text.pages = {""};
  text.sections = {""};
  uint32_t number = 0;
  for (const std::string& paragraph : paragraphs) {
    ++number;
    std::vector<std::string> tokens = {"¶"};
    for (size_t begin = 0; begin < paragraph.size();) {
      size_t end = paragraph.find(' ', begin);
      if (end == std::string::npos) end = paragraph.size();
      tokens.push_back(paragraph.substr(begin, end - begin));
      begin = end + 1;
    }
    for (std::string& token : tokens) {
      text.words.push_back(Word{std::move(token), {}, {}});
      text.places.push_back(TextPlace{number, 0, 0});
    }
  }
  return text;
}

// The words of one side, read back from the diff.
std::vector<std::string> Side(const std::vector<WordChange>& changes, WordChange::Kind other) {
  std::vector<std::string> words;
  for (const WordChange& change : changes) {
    if (change.kind != other) words.push_back(change.word);
  }
  return words;
}

std::vector<std::string> Words(const DocumentText& text) {
  std::vector<std::string> words;
  for (const Word& word : text.words) words.push_back(word.bare);
  return words;
}

size_t Same(const std::vector<WordChange>& changes) {
  size_t same = 0;
  for (const WordChange& change : changes) same += change.kind == WordChange::Kind::kSame;
  return same;
}

TEST(EpubWordDiffTest, ACorrectionIsOneChangeAmongUnchangedParagraphs) {
  DocumentText before = Document({"It began in the night.", "Then the news came.", "The end."});
  DocumentText after = Document({"It began in the night.", "Then the word came.", "The end."});
  EXPECT_EQ(FormatWordChanges(DiffDocumentWords(before, after), 2),
            "… Then the [-news-] {+word+} came. ¶ …");
}

TEST(EpubWordDiffTest, AParagraphSplitInTwoIsAParagraphMarkAdded) {
  DocumentText before = Document({"One two three four.", "Five."});
  DocumentText after = Document({"One two.", "Three four.", "Five."});
  EXPECT_EQ(FormatWordChanges(DiffDocumentWords(before, after), 1),
            "… One [-two three-] {+two. ¶ Three+} four. …");
}

// Every word of both documents comes back in order, for random documents and random edits
// large enough to take both ways of diffing a stretch; where the stretch is small the diff is
// as short as one Myers diff over the whole.
TEST(EpubWordDiffTest, EveryWordOfBothDocumentsIsAccountedFor) {
  std::mt19937 random(20261206);
  const std::vector<std::string> vocabulary = {"the", "a", "sailors", "Kronstadt", "party",
                                               "Soviet", "of", "and", "Cheka", "strike"};
  auto paragraph = [&](size_t words) {
    std::string text;
    for (size_t i = 0; i < words; ++i) {
      if (i > 0) text += ' ';
      text += vocabulary[random() % vocabulary.size()];
    }
    return text;
  };
  for (int round = 0; round < 40; ++round) {
    size_t count = 3 + random() % 40, length = 1 + random() % (round < 20 ? 20 : 400);
    std::vector<std::string> old_paragraphs, new_paragraphs;
    for (size_t i = 0; i < count; ++i) old_paragraphs.push_back(paragraph(length));
    new_paragraphs = old_paragraphs;
    for (size_t edits = random() % 6; edits-- > 0;) {
      size_t at = random() % new_paragraphs.size();
      switch (random() % 3) {
        case 0: new_paragraphs[at] = paragraph(length); break;
        case 1: new_paragraphs.erase(new_paragraphs.begin() + static_cast<ptrdiff_t>(at)); break;
        default: new_paragraphs.insert(new_paragraphs.begin() + static_cast<ptrdiff_t>(at), paragraph(length));
      }
      if (new_paragraphs.empty()) new_paragraphs.push_back(paragraph(length));
    }
    DocumentText before = Document(old_paragraphs), after = Document(new_paragraphs);
    std::vector<WordChange> changes = DiffDocumentWords(before, after);
    ASSERT_EQ(Side(changes, WordChange::Kind::kAdded), Words(before)) << "round " << round;
    ASSERT_EQ(Side(changes, WordChange::Kind::kRemoved), Words(after)) << "round " << round;
    if (before.words.size() + after.words.size() <= kWholeStretchWords) {
      EXPECT_EQ(Same(changes), Same(DiffWords(before.words, after.words))) << "round " << round;
    }
  }
}

// Each paragraph's words reversed: the multiset of words is the same, but almost nothing is in
// order, so one Myers diff over the whole would take O(N²). Paragraph by paragraph it is quick,
// and the words of each paragraph are compared with that paragraph's.
TEST(EpubWordDiffTest, ALongRewriteIsDiffedParagraphByParagraph) {
  std::vector<std::string> old_paragraphs, new_paragraphs;
  for (int p = 0; p < 400; ++p) {
    std::string forward, backward;
    for (int w = 0; w < 50; ++w) {
      forward += w > 0 ? " w" : "w";
      forward += std::to_string(p * 50 + w);
      backward += w > 0 ? " w" : "w";
      backward += std::to_string(p * 50 + 49 - w);
    }
    old_paragraphs.push_back(forward);
    new_paragraphs.push_back(backward);
  }
  DocumentText before = Document(old_paragraphs), after = Document(new_paragraphs);
  std::vector<WordChange> changes = DiffDocumentWords(before, after);
  EXPECT_EQ(Side(changes, WordChange::Kind::kAdded), Words(before));
  EXPECT_EQ(Side(changes, WordChange::Kind::kRemoved), Words(after));
  // Each paragraph keeps its "¶" and one of its words.
  EXPECT_EQ(Same(changes), 800u);
}

}  // namespace
}  // namespace galley::proof
