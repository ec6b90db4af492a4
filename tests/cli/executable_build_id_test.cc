// The build ID a catalogue build fingerprints galley by: read from the running program's own
// note, it must be what readelf reads from the file (this test program is linked like galley,
// with Debian's default --build-id).
#include "cli/executable_build_id.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <memory>
#include <string>

namespace galley::cli {
namespace {

std::string ReadelfBuildId() {
  std::string command = "readelf -n /proc/" + std::to_string(getpid()) +
                        "/exe 2>/dev/null | sed -n 's/.*Build ID: //p'";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out;
  std::array<char, 256> buffer;
  while (pipe && fgets(buffer.data(), buffer.size(), pipe.get())) out += buffer.data();
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

TEST(ExecutableBuildIdTest, IsTheLinkersNote) {
  std::string build_id = ExecutableBuildId();
  ASSERT_FALSE(build_id.empty());
  EXPECT_EQ(build_id.find_first_not_of("0123456789abcdef"), std::string::npos) << build_id;
  EXPECT_EQ(build_id, ExecutableBuildId());
  std::string readelf = ReadelfBuildId();
  if (readelf.empty()) GTEST_SKIP() << "readelf is not installed";
  EXPECT_EQ(build_id, readelf);
}

}  // namespace
}  // namespace galley::cli
