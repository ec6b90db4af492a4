// The JSON dump of a representative manuscript (tests/data/manuscript/sample.md uses every part
// of the format) against its committed dump. Regenerate deliberately with
// GALLEY_UPDATE_GOLDEN=1 (tests/data/manuscript/README.md).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/golden_file.h"
#include "manuscript/manuscript_parser.h"
#include "model/json_dump.h"
#include "support/test_paths.h"

namespace galley::manuscript {
namespace {

std::string ReadTestFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(GoldenTest, SampleManuscriptDump) {
  std::string dir = galley::testing::TestDataDir() + "/manuscript/";
  // The path given is the repository-relative one, so the dump is the same on every machine.
  Result<model::Document> document =
      ParseManuscript(ReadTestFile(dir + "sample.md"), "tests/data/manuscript/sample.md");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  EXPECT_TRUE(galley::testing::MatchesGoldenFile(model::DumpJson(*document), dir + "sample.dump.json"));
}

}  // namespace
}  // namespace galley::manuscript
