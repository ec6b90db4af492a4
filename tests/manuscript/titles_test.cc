// Every title in content/: its manuscript (made by `galley clean`) parses strictly and its dump
// matches the committed tests/data/manuscript/<slug>.dump.json. Regenerate a dump deliberately
// with GALLEY_UPDATE_GOLDEN=1 (tests/data/manuscript/README.md).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "manuscript/manuscript_parser.h"
#include "model/json_dump.h"
#include "support/golden_file.h"
#include "support/titles.h"
#include "support/test_paths.h"

namespace galley::manuscript {
namespace {

class TitleTest : public ::testing::TestWithParam<std::string> {};

TEST_P(TitleTest, DumpMatchesTheGoldenFile) {
  const std::string path = "content/" + GetParam() + "/manuscript.md";
  std::ifstream in(galley::testing::SourceDir() + "/" + path, std::ios::binary);
  ASSERT_TRUE(in) << path << " is missing: run `galley clean content/" << GetParam() << "`";
  std::ostringstream bytes;
  bytes << in.rdbuf();
  // The repository-relative path, so that the dump is the same on every machine.
  Result<model::Document> parsed = ParseManuscript(bytes.str(), path);
  ASSERT_TRUE(parsed.ok()) << parsed.error().ToString();
  EXPECT_TRUE(galley::testing::MatchesGoldenFile(
      model::DumpJson(*parsed),
      galley::testing::TestDataDir() + "/manuscript/" + GetParam() + ".dump.json"));
}

INSTANTIATE_TEST_SUITE_P(Content, TitleTest, ::testing::ValuesIn(galley::testing::TitleSlugs()),
                         [](const auto& info) { return galley::testing::TestNameOf(info.param); });

}  // namespace
}  // namespace galley::manuscript
