// The progress line a long book shows on a terminal (src/cli/progress_line.h), driven directly:
// the command's own tests run with stderr in a pipe, where the line must never appear.
#include "cli/progress_line.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

namespace galley::cli {
namespace {

using namespace std::chrono_literals;

TEST(ProgressLineTest, RedrawsOneLineAndWipesItAtTheEnd) {
  std::ostringstream err;
  {
    ProgressLine line(err, true, 0ms, 0ms);
    line.Show("typesetting: page 1");
    line.Show("typesetting: page 2");
  }
  EXPECT_EQ(err.str(),
            "\r\033[Kgalley: typesetting: page 1\r\033[Kgalley: typesetting: page 2\r\033[K");
}

TEST(ProgressLineTest, NothingOffATerminalOrWithQuiet) {
  std::ostringstream err;
  ProgressLine line(err, false, 0ms, 0ms);
  line.Show("rendering: page 1 of 2");
  line.Clear();
  EXPECT_EQ(err.str(), "");
}

TEST(ProgressLineTest, AShortStageNeverShowsTheLine) {
  std::ostringstream err;
  ProgressLine line(err, true, 1h, 0ms);
  line.Show("typesetting: page 1");
  line.Clear();
  EXPECT_EQ(err.str(), "");
}

TEST(ProgressLineTest, RedrawsAtMostOncePerInterval) {
  std::ostringstream err;
  ProgressLine line(err, true, 0ms, 1h);
  line.Show("rendering: page 1 of 3");
  line.Show("rendering: page 2 of 3");
  EXPECT_EQ(err.str(), "\r\033[Kgalley: rendering: page 1 of 3");
}

}  // namespace
}  // namespace galley::cli
