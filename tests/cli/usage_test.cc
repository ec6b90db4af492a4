// The command line's contract: help, version, exit codes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/galley_process.h"

namespace galley::testing {
namespace {

using ::testing::HasSubstr;

TEST(UsageTest, HelpListsCommandsAndExitCodes) {
  ProcessResult r = RunGalley({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* command : {"clean", "dump", "epub", "pdf", "build", "proof", "check"}) {
    EXPECT_THAT(r.out, HasSubstr(command)) << command;
  }
  EXPECT_THAT(r.out, HasSubstr("Exit codes"));
  EXPECT_THAT(r.out, HasSubstr("2  usage error"));
}

TEST(UsageTest, VersionPrintsVersion) {
  ProcessResult r = RunGalley({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.out, HasSubstr("galley " GALLEY_TEST_VERSION));
}

TEST(UsageTest, EveryCommandHasHelp) {
  for (const char* command : {"clean", "dump", "epub", "pdf", "build", "proof", "check"}) {
    ProcessResult r = RunGalley({command, "--help"});
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_THAT(r.out, HasSubstr("Usage")) << command;
  }
}

TEST(UsageTest, UnknownCommandIsUsageError) {
  ProcessResult r = RunGalley({"typeset"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(r.err.empty());
}

TEST(UsageTest, NoCommandIsUsageError) {
  EXPECT_EQ(RunGalley({}).exit_code, 2);
}

TEST(UsageTest, UnknownOptionIsUsageError) {
  EXPECT_EQ(RunGalley({"epub", "content/kronstadt-21", "--frobnicate"}).exit_code, 2);
}

TEST(UsageTest, MissingArgumentIsUsageError) {
  EXPECT_EQ(RunGalley({"dump"}).exit_code, 2);
}

}  // namespace
}  // namespace galley::testing
