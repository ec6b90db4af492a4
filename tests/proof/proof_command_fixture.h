// What the end-to-end tests of `galley proof` share: the built binary (missing, the test fails
// rather than testing nothing), a folder of the test's own, and Kronstadt 21's title folder
// copied there with one edit in its manuscript.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::proof {

// Replaces the one occurrence of `from` in `text`; fails the test when it is not there, so a
// changed manuscript or template cannot make the test pass without testing anything.
inline std::string ReplaceOnce(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "'" << from << "' is gone; update the test";
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

class ProofCommandFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(galley::testing::GalleyBinary()))
        << galley::testing::GalleyBinary() << " is not built: build the galley target first";
  }

  // Runs galley from the repository root.
  galley::testing::ProcessResult Galley(const std::vector<std::string>& args) {
    return galley::testing::RunGalley(args);
  }
  std::string File(const std::string& name) const { return dir_.File(name); }

  // A copy of Kronstadt 21's title folder with `from` replaced by `to` in its manuscript.
  std::string EditedPamphlet(const std::string& from, const std::string& to) {
    std::string title = File("kronstadt-21");
    std::filesystem::copy(galley::testing::SourceDir() + "/content/kronstadt-21", title,
                          std::filesystem::copy_options::recursive);
    std::string manuscript = title + "/manuscript.md";
    galley::testing::WriteFileOrDie(
        manuscript, ReplaceOnce(galley::testing::ReadFileOrEmpty(manuscript), from, to));
    return title;
  }

  galley::testing::TempDir dir_;
};

}  // namespace galley::proof
