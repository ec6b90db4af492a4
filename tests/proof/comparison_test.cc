// The reflow-aware comparison on small hand-written records: an inserted paragraph is one
// change, an edited word is a text change with its word diff, a paragraph that only re-broke
// says which lines, pages that gain a line say how they now begin and end, and quality
// problems that appear or go are named with page and source line.
#include "proof/comparison.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "proof/record_builder.h"
#include "support/test_paths.h"

namespace galley::proof {
namespace {

using Kind = WordChange::Kind;

// The chapter's paragraphs as typeset before any edit; a test sets them again, moved,
// renumbered or split across a page break, around the paragraph it changes.
struct TypesetLine {
  const char* text;
  const char* flags = "-";
  double ratio = 0;
};
using TypesetParagraph = std::vector<TypesetLine>;

const TypesetParagraph kCheka = {{"Meanwhile the Cheka had declared war", "-", 0.12},
                                 {"on the Anarchists of Petrograd, and", "-", -0.05},
                                 {"the party did nothing to stop it."}};
const TypesetParagraph kIce = {{"Early in March, Red Army troops", "-", 0.2},
                               {"crossed the ice towards the fortress."}};
const TypesetParagraph kRebellion = {{"The rebellion had to be liquidated", "-", 0.3},
                                     {"before the thaw made the ice unsafe."}};
const TypesetParagraph kHeadlines = {{"That dismal March 18! The morning", "-", -0.1},
                                     {"papers came out with triumphant headlines."}};

void AddHeading(RecordBuilder& book) { book.Line("1", 1, "THE CHEKA TAKES OVER", "-", 0, "h2"); }

// `pages` holds the page of each line, or one page for them all.
void AddParagraph(RecordBuilder& book, const std::vector<std::string>& pages, int source_line,
                  const TypesetParagraph& paragraph) {
  for (size_t i = 0; i < paragraph.size(); ++i) {
    const std::string& page = pages.size() == 1 ? pages[0] : pages.at(i);
    book.Line(page, source_line, paragraph[i].text, paragraph[i].flags, paragraph[i].ratio);
  }
}

// Two pages, four paragraphs under a heading: the "before" of most tests.
RecordBuilder& AddChapter(RecordBuilder& book, int shift = 0) {
  AddHeading(book);
  AddParagraph(book, {"1"}, 3 + shift, kCheka);
  AddParagraph(book, {"1"}, 5 + shift, kIce);
  AddParagraph(book, {"2"}, 7 + shift, kRebellion);
  AddParagraph(book, {"2"}, 9 + shift, kHeadlines);
  return book;
}

Record Before() {
  RecordBuilder book(2);
  return AddChapter(book).Build("before.lines.txt");
}

// The statuses of every paragraph, in reading order.
std::vector<ParagraphStatus> Statuses(const Comparison& comparison) {
  std::vector<ParagraphStatus> out;
  for (const ParagraphChange& change : comparison.paragraphs) out.push_back(change.status);
  return out;
}

constexpr ParagraphStatus kSame = ParagraphStatus::kUnchanged;

TEST(ComparisonTest, IdenticalRecordsDifferInNothing) {
  Comparison comparison = CompareRecords(Before(), Before());
  EXPECT_FALSE(comparison.Differs());
  EXPECT_EQ(Statuses(comparison), std::vector<ParagraphStatus>(5, kSame));
  EXPECT_TRUE(comparison.pages.empty());
  EXPECT_TRUE(comparison.quality.empty());
  EXPECT_TRUE(comparison.ratios.empty());
}

TEST(ComparisonTest, AnInsertedParagraphIsTheOnlyChangeThoughLaterLinesAreRenumbered) {
  RecordBuilder after(2);
  AddHeading(after);
  AddParagraph(after, {"1"}, 3, kCheka);
  after.Line("1", 5, "Nobody believed it.");
  AddParagraph(after, {"1"}, 7, kIce);
  AddParagraph(after, {"2"}, 9, kRebellion);
  AddParagraph(after, {"2"}, 11, kHeadlines);
  Comparison comparison = CompareRecords(Before(), after.Build());
  EXPECT_EQ(Statuses(comparison),
            (std::vector<ParagraphStatus>{kSame, kSame, ParagraphStatus::kAdded, kSame, kSame,
                                          kSame}));
  const ParagraphChange& added = comparison.paragraphs[2];
  EXPECT_EQ(added.before, -1);
  EXPECT_EQ(comparison.after_paragraphs[added.after].source_line, 5);
  EXPECT_TRUE(comparison.Differs());
}

// Two paragraphs swapped: the diff keeps one in place and the other is one change, reordered,
// at its new place with its old source line — not a removal and an addition.
TEST(ComparisonTest, SwappedParagraphsAreOneReorderedParagraph) {
  RecordBuilder after(2);
  AddHeading(after);
  AddParagraph(after, {"1"}, 3, kIce);
  AddParagraph(after, {"1", "1", "2"}, 5, kCheka);
  AddParagraph(after, {"2"}, 7, kRebellion);
  AddParagraph(after, {"2"}, 9, kHeadlines);
  Comparison comparison = CompareRecords(Before(), after.Build());
  EXPECT_EQ(comparison.Count(ParagraphStatus::kReordered), 1);
  EXPECT_EQ(comparison.Count(ParagraphStatus::kAdded), 0);
  EXPECT_EQ(comparison.Count(ParagraphStatus::kRemoved), 0);
  EXPECT_EQ(comparison.paragraphs.size(), 5u);
  for (const ParagraphChange& change : comparison.paragraphs) {
    if (change.status != ParagraphStatus::kReordered) continue;
    const Paragraph& old_paragraph = comparison.before_paragraphs[change.before];
    const Paragraph& new_paragraph = comparison.after_paragraphs[change.after];
    EXPECT_EQ(old_paragraph.key, new_paragraph.key);
    EXPECT_NE(old_paragraph.source_line, new_paragraph.source_line);
    EXPECT_FALSE(change.lines.empty()) << "its lines side by side";
  }
  // It stands where the paragraph is now: the reading order of `after`.
  int last_after = -1;
  for (const ParagraphChange& change : comparison.paragraphs) {
    EXPECT_GT(change.after, last_after);
    last_after = change.after;
  }
}

// The same text removed in one place and added in another only once: a second added copy is
// an addition.
TEST(ComparisonTest, ATextThatComesBackTwiceIsReorderedOnceAndAddedOnce) {
  RecordBuilder after(2);
  AddHeading(after);
  AddParagraph(after, {"1"}, 3, kIce);
  AddParagraph(after, {"2"}, 5, kRebellion);
  AddParagraph(after, {"2"}, 7, kHeadlines);
  AddParagraph(after, {"2"}, 9, kCheka);
  AddParagraph(after, {"2"}, 11, kCheka);
  Comparison comparison = CompareRecords(Before(), after.Build());
  EXPECT_EQ(comparison.Count(ParagraphStatus::kReordered), 1);
  EXPECT_EQ(comparison.Count(ParagraphStatus::kAdded), 1);
  EXPECT_EQ(comparison.Count(ParagraphStatus::kRemoved), 0);
}

TEST(ComparisonTest, AnEditedWordIsATextChangeWithItsWordDiffAndTheRestIsUnchanged) {
  RecordBuilder after(2);
  AddHeading(after);
  after.Line("1", 3, "Meanwhile the Cheka had declared open", "-", 0.12)
      .Line("1", 3, "war on the Anarchists of Petrograd,", "-", -0.05)
      .Line("1", 3, "and the party did nothing to stop it.");
  AddParagraph(after, {"1"}, 5, kIce);
  AddParagraph(after, {"2"}, 7, kRebellion);
  AddParagraph(after, {"2"}, 9, kHeadlines);
  Comparison comparison = CompareRecords(Before(), after.Build());
  EXPECT_EQ(Statuses(comparison), (std::vector<ParagraphStatus>{
                                      kSame, ParagraphStatus::kTextChanged, kSame, kSame, kSame}));
  const ParagraphChange& changed = comparison.paragraphs[1];
  std::vector<WordChange> expected_words;
  for (const char* word : {"Meanwhile", "the", "Cheka", "had", "declared"}) {
    expected_words.push_back({Kind::kSame, word});
  }
  expected_words.push_back({Kind::kAdded, "open"});
  for (const char* word :
       {"war", "on", "the", "Anarchists", "of", "Petrograd,", "and", "the", "party", "did",
        "nothing", "to", "stop", "it."}) {
    expected_words.push_back({Kind::kSame, word});
  }
  ASSERT_EQ(changed.words.size(), expected_words.size());
  for (size_t i = 0; i < expected_words.size(); ++i) {
    EXPECT_EQ(changed.words[i].kind, expected_words[i].kind) << i;
    EXPECT_EQ(changed.words[i].word, expected_words[i].word) << i;
  }
  // Every line of the paragraph changed, so no row is shared.
  ASSERT_EQ(changed.lines.size(), 3u);
  for (const ParagraphChange::LinePair& row : changed.lines) EXPECT_FALSE(row.same);
}

TEST(ComparisonTest, AParagraphThatOnlyReBrokeSaysWhichLines) {
  RecordBuilder after(2);
  AddHeading(after);
  after.Line("1", 3, "Meanwhile the Cheka had declared war", "-", 0.12)
      .Line("1", 3, "on the Anarchists of Petro-", "h", 0.4)
      .Line("1", 3, "grad, and the party did nothing to stop it.");
  AddParagraph(after, {"1"}, 5, kIce);
  AddParagraph(after, {"2"}, 7, kRebellion);
  AddParagraph(after, {"2"}, 9, kHeadlines);
  Comparison comparison = CompareRecords(Before(), after.Build());
  EXPECT_EQ(Statuses(comparison), (std::vector<ParagraphStatus>{
                                      kSame, ParagraphStatus::kRebroken, kSame, kSame, kSame}));
  const ParagraphChange& rebroken = comparison.paragraphs[1];
  EXPECT_TRUE(rebroken.words.empty());
  // Line 1 is the same; lines 2 and 3 differ, side by side.
  ASSERT_EQ(rebroken.lines.size(), 3u);
  EXPECT_TRUE(rebroken.lines[0].same);
  EXPECT_FALSE(rebroken.lines[1].same);
  EXPECT_EQ(comparison.after.lines[rebroken.lines[1].after].text, "on the Anarchists of Petro-");
  EXPECT_EQ(comparison.before.lines[rebroken.lines[2].before].text,
            "the party did nothing to stop it.");
  EXPECT_FALSE(rebroken.pages_changed);
}

TEST(ComparisonTest, APageThatGainedALineSaysHowItNowEndsAndTheNextBegins) {
  RecordBuilder after(2);
  AddHeading(after);
  AddParagraph(after, {"1"}, 3, kCheka);
  AddParagraph(after, {"1"}, 5, kIce);
  AddParagraph(after, {"1", "2"}, 7, kRebellion);
  AddParagraph(after, {"2"}, 9, kHeadlines);
  Comparison comparison = CompareRecords(Before(), after.Build());
  EXPECT_EQ(Statuses(comparison), (std::vector<ParagraphStatus>{
                                      kSame, kSame, kSame, ParagraphStatus::kMoved, kSame}));
  EXPECT_TRUE(comparison.paragraphs[3].pages_changed);
  ASSERT_EQ(comparison.pages.size(), 2u);
  const PageChange& first = comparison.pages[0];
  EXPECT_EQ(first.after->label, "1");
  EXPECT_EQ(first.before->line_count, 6u);
  EXPECT_EQ(first.after->line_count, 7u);
  EXPECT_FALSE(first.begins_differently);
  EXPECT_TRUE(first.ends_differently);
  const PageChange& second = comparison.pages[1];
  EXPECT_EQ(second.after->line_count, 3u);
  EXPECT_TRUE(second.begins_differently);
  EXPECT_FALSE(second.ends_differently);
  // The two-line paragraph now straddles the break: an orphan at page 1's foot and a widow
  // at page 2's head, both new.
  ASSERT_EQ(comparison.quality.size(), 2u);
  EXPECT_TRUE(comparison.quality[0].introduced && comparison.quality[1].introduced);
  EXPECT_EQ(comparison.quality[0].problem.kind, "orphan");
  EXPECT_EQ(comparison.after.lines[comparison.quality[0].problem.line].text,
            "The rebellion had to be liquidated");
  EXPECT_EQ(comparison.quality[1].problem.kind, "widow");
  EXPECT_EQ(comparison.after.lines[comparison.quality[1].problem.line].text,
            "before the thaw made the ice unsafe.");
}

TEST(ComparisonTest, ARemovedParagraphIsOneChange) {
  RecordBuilder after(2);
  AddHeading(after);
  AddParagraph(after, {"1"}, 3, kCheka);
  AddParagraph(after, {"2"}, 5, kRebellion);
  AddParagraph(after, {"2"}, 7, kHeadlines);
  Comparison comparison = CompareRecords(Before(), after.Build());
  EXPECT_EQ(Statuses(comparison), (std::vector<ParagraphStatus>{
                                      kSame, kSame, ParagraphStatus::kRemoved, kSame, kSame}));
  EXPECT_EQ(comparison.before_paragraphs[comparison.paragraphs[2].before].source_line, 5);
}

TEST(ComparisonTest, AReplacedParagraphIsRemovedAndAddedButTwoEditedOnesArePaired) {
  RecordBuilder after(2);
  AddHeading(after);
  after.Line("1", 3, "Meanwhile the Cheka had declared war", "-", 0.12)
      .Line("1", 3, "on the Anarchists of Moscow, and", "-", -0.05)
      .Line("1", 3, "the party did nothing to stop it.")
      .Line("1", 5, "Late in March, Red Army troops", "-", 0.2)
      .Line("1", 5, "crossed the ice towards the fortress.")
      .Line("2", 7, "Something else entirely was written here", "-", 0.3)
      .Line("2", 7, "by another hand.");
  AddParagraph(after, {"2"}, 9, kHeadlines);
  Comparison comparison = CompareRecords(Before(), after.Build());
  EXPECT_EQ(Statuses(comparison),
            (std::vector<ParagraphStatus>{kSame, ParagraphStatus::kTextChanged,
                                          ParagraphStatus::kTextChanged, ParagraphStatus::kRemoved,
                                          ParagraphStatus::kAdded, kSame}));
}

TEST(ComparisonTest, QualityRegressionsAndFixesAreNamedWithTheirLines) {
  RecordBuilder before(1);
  before.Line("1", 3, "Meanwhile the Cheka had declared war", "-", 0.12)
      .Line("1", 3, "on   the   Anarchists   of", "u", 1.4)
      .Line("1", 3, "Petrograd.");
  RecordBuilder after(1);
  after.Line("1", 3, "Meanwhile the Cheka had de-", "h", 0.12)
      .Line("1", 3, "clared war on the Anar-", "h", -0.3)
      .Line("1", 3, "chists of Petro-", "ho", -1.2)
      .Line("1", 3, "grad.");
  Comparison comparison = CompareRecords(before.Build(), after.Build());
  EXPECT_EQ(Statuses(comparison), std::vector<ParagraphStatus>{ParagraphStatus::kRebroken});
  std::vector<std::string> found;
  for (const QualityChange& change : comparison.quality) {
    const Record& record = change.introduced ? comparison.after : comparison.before;
    const RecordLine& line = record.lines[change.problem.line];
    found.push_back(std::string(change.introduced ? "new " : "gone ") + change.problem.kind +
                    " " + line.page + ":" + std::to_string(line.source_line) + " " + line.text);
  }
  EXPECT_EQ(found, (std::vector<std::string>{
                       "new hyphen-run 1:3 Meanwhile the Cheka had de-",
                       "new overfull 1:3 chists of Petro-",
                       "new tight 1:3 chists of Petro-",
                       "gone underfull 1:3 on   the   Anarchists   of",
                       "gone loose 1:3 on   the   Anarchists   of",
                   }));
  EXPECT_EQ(comparison.quality[0].problem.run, 3);
}

TEST(ComparisonTest, AProblemOnAnUnchangedLineIsNeitherNewNorGone) {
  RecordBuilder before(2);
  before.Line("1", 3, "Meanwhile the Cheka had declared war", "o", 0.12)
      .Line("1", 3, "on the Anarchists.")
      .Line("2", 5, "Early in March.");
  RecordBuilder after(2);
  after.Line("1", 3, "Meanwhile the Cheka had declared war", "o", 0.12)
      .Line("1", 3, "on the Anarchists.")
      .Line("1", 5, "Early in March.");
  Comparison comparison = CompareRecords(before.Build(), after.Build());
  EXPECT_TRUE(comparison.quality.empty());
  EXPECT_EQ(comparison.Count(ParagraphStatus::kMoved), 1);
}

TEST(ComparisonTest, ALineSetAtAnotherRatioIsAChange) {
  RecordBuilder after(2);
  TypesetParagraph looser = kCheka;
  looser[0].ratio = 0.15;
  AddHeading(after);
  AddParagraph(after, {"1"}, 3, looser);
  AddParagraph(after, {"1"}, 5, kIce);
  AddParagraph(after, {"2"}, 7, kRebellion);
  AddParagraph(after, {"2"}, 9, kHeadlines);
  Comparison comparison = CompareRecords(Before(), after.Build());
  EXPECT_EQ(Statuses(comparison), std::vector<ParagraphStatus>(5, kSame));
  ASSERT_EQ(comparison.ratios.size(), 1u);
  EXPECT_EQ(comparison.ratios[0].after_line, 1u);
  EXPECT_TRUE(comparison.Differs());
}

TEST(ComparisonTest, ABlankPageAddedAtTheEndIsAChange) {
  RecordBuilder after(3);
  Comparison comparison = CompareRecords(Before(), AddChapter(after).Build());
  EXPECT_EQ(Statuses(comparison), std::vector<ParagraphStatus>(5, kSame));
  EXPECT_TRUE(comparison.pages.empty());
  EXPECT_TRUE(comparison.Differs());
}

TEST(ComparisonTest, RenumberedManuscriptLinesAloneChangeNothingPrinted) {
  RecordBuilder after(2);
  Comparison comparison = CompareRecords(Before(), AddChapter(after, 10).Build());
  EXPECT_FALSE(comparison.Differs());
}

// Real data: the pamphlet's golden record against itself with one paragraph taken out (as if
// it had been deleted and nothing reflowed). Exactly that paragraph is reported.
TEST(ComparisonTest, OneParagraphTakenOutOfThePamphletIsTheOnlyParagraphChange) {
  RealFileSystem fs;
  std::string path = galley::testing::TestDataDir() + "/layout/kronstadt-21.lines.txt";
  Result<Record> before = ReadRecord(fs, path);
  ASSERT_TRUE(before.ok()) << before.error().ToString();
  Record after = *before;
  size_t taken = 0;
  std::erase_if(after.lines, [&](const RecordLine& line) {
    taken += line.source_line == 36 ? 1 : 0;
    return line.source_line == 36;
  });
  ASSERT_GT(taken, 1u) << "line 36 of the manuscript is no longer a paragraph of the pamphlet";
  Comparison comparison = CompareRecords(*before, after);
  EXPECT_EQ(comparison.Count(ParagraphStatus::kRemoved), 1);
  EXPECT_EQ(comparison.Count(ParagraphStatus::kUnchanged),
            static_cast<int>(comparison.before_paragraphs.size()) - 1);
  ASSERT_EQ(comparison.pages.size(), 1u);
  EXPECT_EQ(comparison.pages[0].before->line_count - comparison.pages[0].after->line_count, taken);
}

}  // namespace
}  // namespace galley::proof
