// The parameter table is the one list of breaker parameters: it must cover BreakParams, give
// the struct's defaults, and match the table in docs/linebreak.md.
#include "linebreak/break_param_table.h"
#include "support/test_paths.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace galley::linebreak {
namespace {

TEST(BreakParamTableTest, NamesAreUniqueAndEveryEntryExplainsItself) {
  std::set<std::string_view> names;
  for (const BreakParamInfo& info : BreakParamTable()) {
    EXPECT_TRUE(names.insert(info.name).second) << info.name;
    EXPECT_FALSE(info.meaning.empty()) << info.name;
    EXPECT_FALSE(info.why.empty()) << info.name;
    EXPECT_NE(info.number == nullptr, info.integer == nullptr) << info.name;
  }
  EXPECT_EQ(names.size(), 10u);
}

TEST(BreakParamTableTest, SetAndGetReachTheStruct) {
  BreakParams params;
  FindBreakParam("tolerance")->Set(&params, 3.5);
  FindBreakParam("looseness")->Set(&params, -1);
  EXPECT_EQ(params.tolerance, 3.5);
  EXPECT_EQ(params.looseness, -1);
  EXPECT_EQ(FindBreakParam("looseness")->Get(params), -1);
  EXPECT_EQ(FindBreakParam("tolerance")->Default(), BreakParams{}.tolerance);
  EXPECT_EQ(FindBreakParam("no_such_parameter"), nullptr);
}

TEST(BreakParamTableTest, DocsListEveryParameterWithItsDefault) {
  std::ifstream file(galley::testing::SourceDir() + "/docs/linebreak.md");
  ASSERT_TRUE(file) << "docs/linebreak.md is missing";
  std::stringstream docs;
  docs << file.rdbuf();
  for (const BreakParamInfo& info : BreakParamTable()) {
    std::ostringstream row;
    row << "| `" << info.name << "` | " << info.Default() << " |";
    EXPECT_NE(docs.str().find(row.str()), std::string::npos) << "no row " << row.str();
  }
}

}  // namespace
}  // namespace galley::linebreak
