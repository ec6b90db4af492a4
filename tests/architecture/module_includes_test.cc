// Keeps the dependency rules in each src/ folder's README true (docs/architecture.md): a
// module that includes a header of a module its README does not allow fails here, naming the
// file and line.
#include "architecture/module_includes.h"
#include "support/test_paths.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace galley::testing {
namespace {

const std::filesystem::path kSourceRoot = std::filesystem::path(SourceDir()) / "src";

TEST(ModuleIncludes, EveryModuleStatesItsRule) {
  for (const std::string& module : SourceModules(kSourceRoot)) {
    EXPECT_TRUE(ReadModuleRule(kSourceRoot, module).has_value())
        << "src/" << module << "/README.md has no 'May include:' line";
  }
}

TEST(ModuleIncludes, EveryModuleKeepsItsRule) {
  std::vector<std::string> modules = SourceModules(kSourceRoot);
  ASSERT_GT(modules.size(), 10u);
  for (const std::string& module : modules) {
    std::optional<ModuleRule> rule = ReadModuleRule(kSourceRoot, module);
    if (!rule) continue;
    for (const std::string& breach : RuleBreaches(kSourceRoot, *rule, modules)) {
      ADD_FAILURE() << "src/" << breach;
    }
  }
}

TEST(ModuleIncludes, LayoutPartsAreModulesOfTheirOwn) {
  std::vector<std::string> modules = SourceModules(kSourceRoot);
  EXPECT_THAT(modules, ::testing::IsSupersetOf({"layout/paragraph", "layout/template",
                                                "layout/pages", "frames"}));
  EXPECT_EQ(OwningModule("layout/pages/page_builder.h", modules), "layout/pages");
}

// A small tree with one forbidden include (tests/data/module_includes): the check must find it.
TEST(ModuleIncludes, FindsAForbiddenInclude) {
  std::filesystem::path root =
      std::filesystem::path(TestDataDir()) / "module_includes" / "src";
  std::vector<std::string> modules = SourceModules(root);
  ASSERT_EQ(modules, (std::vector<std::string>{"high", "low", "low/part"}));
  std::vector<std::string> breaches;
  for (const std::string& module : modules) {
    std::optional<ModuleRule> rule = ReadModuleRule(root, module);
    ASSERT_TRUE(rule.has_value()) << module;
    for (const std::string& breach : RuleBreaches(root, *rule, modules)) {
      breaches.push_back(breach);
    }
  }
  EXPECT_THAT(breaches, ::testing::ElementsAre(
                            "low/part/part.h:5: includes \"high/high.h\" (module high), which "
                            "low/part/README.md does not allow"));
}

}  // namespace
}  // namespace galley::testing
