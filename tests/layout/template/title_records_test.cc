// The golden layout record of every title in content/: every line break of the book under the
// default template, through the built binary. A change here is a change to a book; review the
// diff, then regenerate deliberately with
//   build/galley -q pdf content/<slug> -o /tmp/b.pdf --record tests/data/layout/<slug>.lines.txt
// (one command; docs/layout-record.md), or with GALLEY_UPDATE_GOLDEN=1.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/galley_process.h"
#include "support/golden_file.h"
#include "support/titles.h"
#include "support/test_paths.h"

namespace galley::layout {
namespace {

class TitleRecordTest : public ::testing::TestWithParam<std::string> {
 protected:
  galley::testing::TempDir dir_;
};

TEST_P(TitleRecordTest, LineBreaksMatchTheGoldenRecord) {
  ASSERT_TRUE(std::filesystem::exists(galley::testing::GalleyBinary()))
      << galley::testing::GalleyBinary() << " is not built: build the galley target first";
  galley::testing::ProcessResult run = galley::testing::RunGalley(
      {"-q", "pdf", "content/" + GetParam(), "-o", dir_.File("b.pdf"), "--record",
       dir_.File("b.lines.txt")},
      "", {});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(galley::testing::MatchesGoldenFile(
      galley::testing::ReadFileOrEmpty(dir_.File("b.lines.txt")),
      galley::testing::TestDataDir() + "/layout/" + GetParam() + ".lines.txt"))
      << "the line breaks of " << GetParam()
      << " changed; review the diff and regenerate the golden file (docs/layout-record.md)";
}

INSTANTIATE_TEST_SUITE_P(Content, TitleRecordTest,
                         ::testing::ValuesIn(galley::testing::TitleSlugs()),
                         [](const auto& info) { return galley::testing::TestNameOf(info.param); });

}  // namespace
}  // namespace galley::layout
