// The dependency rule of every src/ folder, checked: each folder's README.md says in one line
// which modules its files may include ("May include: `base/`, `io/`."), and every
// `#include "module/..."` in the folder's own .h and .cc files must name the folder itself or
// one of those. A folder inside another (layout/paragraph) is a module of its own.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace galley::testing {

struct ModuleRule {
  std::string module;           // "layout/paragraph": the folder, relative to the root
  bool includes_anything = false;  // "May include: every module."
  std::set<std::string> allowed;
};

// Every folder under `root` (recursively) with .h or .cc files of its own, as "a/b".
inline std::vector<std::string> SourceModules(const std::filesystem::path& root) {
  std::set<std::string> modules;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    std::string extension = entry.path().extension().string();
    if (!entry.is_regular_file() || (extension != ".h" && extension != ".cc")) continue;
    modules.insert(entry.path().parent_path().lexically_relative(root).generic_string());
  }
  return {modules.begin(), modules.end()};
}

// The rule in `module`'s README.md, or nullopt when it has no "May include:" line.
inline std::optional<ModuleRule> ReadModuleRule(const std::filesystem::path& root,
                                                const std::string& module) {
  std::ifstream in(root / module / "README.md");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("May include:", 0) != 0) continue;
    ModuleRule rule;
    rule.module = module;
    rule.includes_anything = line.find("every module") != std::string::npos;
    // Each allowed module is written in backticks with a trailing slash: `layout/paragraph/`.
    for (size_t open = line.find('`'); open != std::string::npos;) {
      size_t close = line.find('`', open + 1);
      if (close == std::string::npos) break;
      std::string name = line.substr(open + 1, close - open - 1);
      if (!name.empty() && name.back() == '/') name.pop_back();
      rule.allowed.insert(name);
      open = line.find('`', close + 1);
    }
    return rule;
  }
  return std::nullopt;
}

// The module a quoted include path belongs to: the longest of `modules` that is a folder
// prefix of it ("layout/pages/page_builder.h" → "layout/pages"); empty for none.
inline std::string OwningModule(const std::string& include,
                                const std::vector<std::string>& modules) {
  std::string best;
  for (const std::string& module : modules) {
    if (include.rfind(module + "/", 0) == 0 && module.size() > best.size()) best = module;
  }
  return best;
}

// "file:line: includes "x/y.h" (module x), which README.md does not allow", one per include
// that breaks `rule`.
inline std::vector<std::string> RuleBreaches(const std::filesystem::path& root,
                                             const ModuleRule& rule,
                                             const std::vector<std::string>& modules) {
  std::vector<std::string> breaches;
  if (rule.includes_anything) return breaches;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(root / rule.module)) {
    std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() && (extension == ".h" || extension == ".cc")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::filesystem::path& file : files) {
    std::ifstream in(file);
    int number = 0;
    for (std::string line; std::getline(in, line);) {
      ++number;
      if (line.rfind("#include \"", 0) != 0) continue;
      size_t end = line.find('"', 10);
      if (end == std::string::npos) continue;
      std::string include = line.substr(10, end - 10);
      std::string owner = OwningModule(include, modules);
      if (owner.empty() || owner == rule.module || rule.allowed.count(owner) > 0) continue;
      breaches.push_back(file.lexically_relative(root).generic_string() + ":" +
                         std::to_string(number) + ": includes \"" + include + "\" (module " +
                         owner + "), which " + rule.module + "/README.md does not allow");
    }
  }
  return breaches;
}

}  // namespace galley::testing
