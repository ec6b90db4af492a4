// Optical sizes through the built binary: the default template sets everything at 9 pt or less
// (running heads, folios, margin numbers) in EB Garamond's 8-point cut and the text in the
// 12-point one; a template that sets font.small-up-to = 0 uses the text faces throughout. Read
// from the layout record, which names each run's font and size.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::layout {
namespace {

struct RunsByRole {
  std::map<std::string, std::set<std::string>> fonts;  // role → font files its runs use
  std::map<std::string, std::set<double>> sizes;       // role → sizes its runs have
};

// "font ID DIGEST | FILE | …" names the fonts; "line ROLE …" opens a line whose runs follow
// as "run FONT SIZE …".
RunsByRole ReadRuns(const std::string& record) {
  RunsByRole out;
  std::map<std::string, std::string> files;
  std::istringstream lines(record);
  std::string line, role;
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string keyword, id;
    words >> keyword;
    if (keyword == "font") {
      words >> id;
      size_t bar = line.find("| ");
      size_t end = line.find(" |", bar + 2);
      std::string file = line.substr(bar + 2, end - bar - 2);
      files[id] = std::filesystem::path(file).filename().string();
    } else if (keyword == "line") {
      words >> role;
    } else if (keyword == "run") {
      double size = 0;
      words >> id >> size;
      out.fonts[role].insert(files.count(id) ? files[id] : "font " + id + " not declared");
      out.sizes[role].insert(size);
    }
  }
  return out;
}

class OpticalSizeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(galley::testing::GalleyBinary()))
        << galley::testing::GalleyBinary() << " is not built: build the galley target first";
  }

  RunsByRole Build(const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"-q", "pdf", "content/kronstadt-21", "-o", dir_.File("k.pdf"),
                                     "--record", dir_.File("k.lines.txt")};
    args.insert(args.end(), extra.begin(), extra.end());
    galley::testing::ProcessResult run = galley::testing::RunGalley(args, "", {});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return ReadRuns(galley::testing::ReadFileOrEmpty(dir_.File("k.lines.txt")));
  }

  galley::testing::TempDir dir_;
};

TEST_F(OpticalSizeTest, SmallTextIsSetInTheEightPointCut) {
  RunsByRole runs = Build({});
  for (const char* role : {"running-head", "folio", "page-reference"}) {
    ASSERT_TRUE(runs.fonts.count(role)) << "the pamphlet has no " << role;
    EXPECT_EQ(runs.fonts[role], std::set<std::string>{"EBGaramond08-Regular.otf"}) << role;
    EXPECT_LE(*runs.sizes[role].rbegin(), 9.0) << role;
  }
  // The text, at 10 pt, keeps the 12-point cut (roman and italic).
  EXPECT_EQ(runs.sizes["body"], std::set<double>{10.0});
  EXPECT_EQ(runs.fonts["body"],
            (std::set<std::string>{"EBGaramond12-Regular.otf", "EBGaramond12-Italic.otf"}));
  EXPECT_EQ(runs.fonts["heading"].count("EBGaramond08-Regular.otf"), 0u);
}

TEST_F(OpticalSizeTest, NoSmallSizeMeansTheTextFacesThroughout) {
  galley::testing::WriteFileOrDie(dir_.File("none.template"), "font.small-up-to = 0pt\n");
  RunsByRole runs = Build({"--template", dir_.File("none.template")});
  for (const auto& [role, fonts] : runs.fonts) {
    for (const std::string& font : fonts) {
      EXPECT_EQ(font.rfind("EBGaramond12-", 0), 0u) << role << " is set in " << font;
    }
  }
}

}  // namespace
}  // namespace galley::layout
