// Every title in content/: `galley clean`, run through the library on the committed inputs,
// gives the committed manuscript byte for byte (nobody edits a manuscript by hand).
#include <gtest/gtest.h>

#include "clean/clean_title.h"
#include "support/titles.h"
#include "support/test_paths.h"

namespace galley {
namespace {

class TitleTest : public ::testing::TestWithParam<std::string> {};

TEST_P(TitleTest, CleanReproducesTheCommittedManuscriptByteForByte) {
  const std::string dir = galley::testing::SourceDir() + "/content/" + GetParam();
  RealFileSystem fs;
  Result<CleanResult> result = CleanTitle(fs, LocateTitle(dir));
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  Result<std::string> committed = fs.ReadFile(dir + "/manuscript.md");
  ASSERT_TRUE(committed.ok()) << committed.error().ToString();
  EXPECT_TRUE(result->manuscript == *committed)
      << "content/" << GetParam() << "/manuscript.md is not what `galley clean` makes from the "
      << "committed inputs: run build/galley clean content/" << GetParam() << " and review the diff";
}

INSTANTIATE_TEST_SUITE_P(Content, TitleTest, ::testing::ValuesIn(galley::testing::TitleSlugs()),
                         [](const auto& info) { return galley::testing::TestNameOf(info.param); });

}  // namespace
}  // namespace galley
