#include "layout/template/template_inheritance.h"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace galley::layout {

namespace {

constexpr int kMaxDepth = 16;  // deeper than any real chain: a runaway, not a design

// The same file however a chain spells it ("a/../b.template" is "b.template").
std::string Normal(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().generic_string();
}

Error ErrorAtExtends(const TemplateValue& extends, std::string message, std::string hint) {
  Error error =
      InputError(SourceLocation{extends.file, extends.pos}, std::move(message), std::move(hint));
  error.source_line = extends.source_line;
  return error;
}

// The file `layer` starts from: its `extends` path resolved against its folder, the default
// template, or "" for the parameter table.
std::string ParentOf(const TemplateFile& layer, const std::string& default_path) {
  if (!layer.extends) {
    bool is_default = default_path.empty() || Normal(layer.file) == Normal(default_path);
    return is_default ? "" : default_path;
  }
  const std::string& named = layer.extends->text;
  if (named == "none") return "";
  if (named == "default") return default_path;
  if (named.front() == '/') return Normal(named);
  return Normal(TemplateFolder(layer.file) + "/" + named);
}

// Whether `child` may start from `parent`: it exists, is not already in the chain, and the
// chain is not absurdly deep. Errors point at the child's `extends` line, or at the child
// itself when it starts from the default without naming it.
Status CheckParent(const FileSystem& fs, const TemplateFile& child, const std::string& parent,
                   const std::vector<std::string>& seen) {
  auto fail = [&](std::string message, std::string hint) {
    if (!child.extends) {
      return InputError(SourceLocation{child.file, {}}, std::move(message), std::move(hint));
    }
    return ErrorAtExtends(*child.extends, std::move(message), std::move(hint));
  };
  if (std::find(seen.begin(), seen.end(), Normal(parent)) != seen.end()) {
    return fail("extends " + parent + ", which extends this template again",
                "a template cannot start from itself; remove one `extends` of the cycle");
  }
  if (!fs.Exists(parent)) {
    if (!child.extends) {
      return fail("the default template " + parent + " does not exist",
                  "run galley from the repository, or write `extends = none` to start from the "
                  "built-in defaults");
    }
    return fail("template " + parent + " does not exist",
                "the path is relative to this file's folder; `extends = default` names the "
                "shipped default template");
  }
  if (static_cast<int>(seen.size()) >= kMaxDepth) {
    return fail("templates extend each other more than " + std::to_string(kMaxDepth) + " deep",
                "start one of them from `default` or `none`");
  }
  return Status::Ok();
}

}  // namespace

std::string TemplateFolder(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

Result<TemplateValues> LoadTemplateValues(const FileSystem& fs, const std::string& path,
                                          const std::string& default_path) {
  std::vector<TemplateFile> chain;  // the file asked for first, then each parent
  std::vector<std::string> seen;    // normal paths of the chain's files
  std::string next = path;
  while (!next.empty()) {
    if (!chain.empty()) GALLEY_RETURN_IF_ERROR(CheckParent(fs, chain.back(), next, seen));
    Result<std::string> text = ReadTextFile(fs, next);
    if (!text.ok()) return text.take_error();
    Result<TemplateFile> layer = ParseTemplateFile(*text, next);
    if (!layer.ok()) return layer.take_error();
    seen.push_back(Normal(next));
    chain.push_back(std::move(*layer));
    next = ParentOf(chain.back(), default_path);
    // A file that names no parent starts from the default unless the default is already below.
    if (!chain.back().extends && std::find(seen.begin(), seen.end(), Normal(next)) != seen.end()) {
      next.clear();
    }
  }
  TemplateValues values = TableDefaults(path);
  for (auto layer = chain.rbegin(); layer != chain.rend(); ++layer) {
    values = Override(std::move(values), *layer);
  }
  return values;
}

}  // namespace galley::layout
