// The parser classifies each print page's label once, where it reads the marker: every page
// start in the model, between blocks or inside a paragraph, carries its numbering and value,
// and the back ends read them from there (tests/epub/navigation_test.cc, NcxDocumentTest).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "manuscript_test_support.h"
#include "model/reading_order.h"

namespace galley::manuscript {
namespace {

using model::PageStart;
using Numbering = PageStart::Numbering;

// Every page start of the document in reading order, blocks and inlines alike.
std::vector<PageStart> PageStarts(const model::Document& document) {
  std::vector<std::pair<SourcePos, PageStart>> found;
  model::ForEachBlock(document, [&](const model::Block& block) {
    if (block.kind == model::BlockKind::kPageStart) found.push_back({block.range.begin, block.page});
  });
  model::ForEachInline(document, [&](const model::Inline& piece) {
    if (piece.kind == model::InlineKind::kPageStart) found.push_back({piece.range.begin, piece.page});
  });
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<PageStart> pages;
  for (auto& [pos, page] : found) pages.push_back(std::move(page));
  return pages;
}

TEST(PageStartsTest, RomanArabicAndLetteredLabelsAreClassifiedWhereTheyAreRead) {
  Result<model::Document> document = testing::ParseBody(
      "<pb n=\"xii\"/>\n\nA preface.\n\n<pb n=\"1\"/>\n\n# One\n\nText that runs <pb n=\"2\"/>on.\n\n"
      "<pb n=\"A-3\"/>\n\nA plate, and <pb n=\"3b\"/>an insert.\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  std::vector<PageStart> pages = PageStarts(*document);
  ASSERT_EQ(pages.size(), 5u);
  EXPECT_EQ(pages[0], (PageStart{"xii", Numbering::kRoman, 12}));
  EXPECT_EQ(pages[1], (PageStart{"1", Numbering::kArabic, 1}));
  EXPECT_EQ(pages[2], (PageStart{"2", Numbering::kArabic, 2}));
  EXPECT_EQ(pages[3], (PageStart{"A-3", Numbering::kOther, 0}));
  EXPECT_EQ(pages[4], (PageStart{"3b", Numbering::kOther, 0}));
  EXPECT_EQ(pages[3].id(), "page-A-3");
}

}  // namespace
}  // namespace galley::manuscript
