// The HTML report's changed spreads (html_spreads.h), on the golden record of the pamphlet and
// a copy with one line's word changed on page 10: only that spread is drawn, before and after,
// from images the caller draws; the changed line is outlined and the word marked; every text is
// escaped; a page the caller cannot draw fails the report.
#include "proof/html_spreads.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "base/base64.h"
#include "frames/record_reader.h"
#include "proof/html_report.h"
#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::proof {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Stands in for render/: an image is "side:page", and the pages asked for are remembered.
class FakeImages : public PageImages {
 public:
  Result<std::string> Png(bool after, int page) override {
    asked.insert((after ? "after:" : "before:") + std::to_string(page));
    if (page == fail_on) return InputError({"page", {}}, "cannot draw", "");
    return std::string(after ? "after:" : "before:") + std::to_string(page);
  }
  double pixels_per_point() const override { return 1; }

  std::set<std::string> asked;
  int fail_on = -1;
};

ProofBook Book(const std::string& text) {
  Result<frames::DocumentFrames> frames = frames::ParseRecord(text, "test.lines.txt");
  EXPECT_TRUE(frames.ok()) << frames.error().ToString();
  ProofBook book;
  book.record = RecordFromFrames(*frames, "test.lines.txt");
  book.frames = std::move(frames).value();
  return book;
}

class HtmlSpreadsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    before_ = galley::testing::ReadFileOrEmpty(galley::testing::TestDataDir() +
                                               "/layout/kronstadt-21.lines.txt");
    ASSERT_FALSE(before_.empty());
    after_ = before_;
    // A word of a line on page 10, in its line and its run.
    const std::string from = "| unbiased press in history.";
    for (size_t at; (at = after_.find(from)) != std::string::npos;) {
      after_.replace(at, from.size(), "| un<b>ased press in history.");
    }
    ASSERT_NE(after_, before_);
  }

  std::string before_, after_;
};

TEST_F(HtmlSpreadsTest, OnlyTheChangedSpreadIsDrawnWithTheLineOutlinedAndTheWordMarked) {
  Comparison comparison = CompareBooks(Book(before_), Book(after_));
  ASSERT_TRUE(comparison.book.has_value());
  EXPECT_EQ(comparison.book->printed_pages, std::vector<int>{10});
  FakeImages images;
  Result<std::string> html = FormatHtmlReport(comparison, images);
  ASSERT_TRUE(html.ok()) << html.error().ToString();
  // Page 10 and its facing page 11, before and after; nothing else.
  EXPECT_EQ(images.asked,
            (std::set<std::string>{"before:10", "before:11", "after:10", "after:11"}));
  EXPECT_THAT(*html, HasSubstr("data:image/png;base64," + EncodeBase64("after:10") + "\""));
  EXPECT_THAT(*html, HasSubstr("<div class=\"mark line\" style=\"left:"));
  EXPECT_THAT(*html, HasSubstr("<div class=\"mark word\" style=\"left:"));
  EXPECT_THAT(*html, HasSubstr("un&lt;b&gt;ased"));
  EXPECT_THAT(*html, Not(HasSubstr("un<b>ased")));
  EXPECT_THAT(*html, HasSubstr("<p class=\"verdict\">changed: 1 paragraph&#39;s text"));
}

TEST_F(HtmlSpreadsTest, AnIdenticalBookDrawsNothing) {
  Comparison comparison = CompareBooks(Book(before_), Book(before_));
  FakeImages images;
  Result<std::string> html = FormatHtmlReport(comparison, images);
  ASSERT_TRUE(html.ok());
  EXPECT_TRUE(images.asked.empty());
  EXPECT_THAT(*html, HasSubstr("No spread prints differently."));
  EXPECT_THAT(*html, HasSubstr("<p class=\"verdict\">no changes"));
}

TEST_F(HtmlSpreadsTest, APageThatCannotBeDrawnFailsTheReport) {
  Comparison comparison = CompareBooks(Book(before_), Book(after_));
  FakeImages images;
  images.fail_on = 11;
  EXPECT_FALSE(FormatHtmlReport(comparison, images).ok());
}

}  // namespace
}  // namespace galley::proof
