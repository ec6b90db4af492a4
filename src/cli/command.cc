#include "cli/command.h"

#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <system_error>

namespace galley::cli {

int Fail(CommandEnv& env, const Error& error) {
  env.err << error.ToString();
  env.err.flush();
  return kExitFailure;
}

void Progress(CommandEnv& env, const std::string& what) {
  if (env.quiet) return;
  env.err << "galley: " << what << "\n";
  env.err.flush();
}

namespace {

// An installed galley is PREFIX/bin/galley with its data in PREFIX/share/galley; found from the
// executable itself so that a package, a prefix in $HOME or a relocated tree all work.
std::string InstalledDataDir() {
  std::error_code error;
  std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return {};
  return (executable.parent_path().parent_path() / "share" / "galley").string();
}

}  // namespace

void KeepInputsInside(CommandEnv& env, const TitleFolder& title) {
  if (env.inputs == nullptr || env.allow_outside) return;
  env.inputs->Allow(title.dir.empty() ? "." : title.dir);
  env.inputs->Allow(ShippedFile(env.fs, "templates"));
  env.inputs->Allow(ShippedFile(env.fs, "fonts"));
  for (const std::string& folder : SystemFontFolders()) env.inputs->Allow(folder);
}

std::string ShippedFile(const FileSystem& fs, const std::string& relative) {
  const char* override_dir = std::getenv("GALLEY_DATA_DIR");
  if (override_dir != nullptr && *override_dir != '\0') {
    return (std::filesystem::path(override_dir) / relative).string();
  }
  std::string installed = InstalledDataDir();
  if (!installed.empty() && fs.Exists(installed + "/" + relative)) return installed + "/" + relative;
  if (fs.Exists(relative)) return relative;
  return std::string(GALLEY_SOURCE_DIR) + "/" + relative;
}

Result<std::optional<int64_t>> SourceDateEpoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (value == nullptr || *value == '\0') return std::optional<int64_t>();
  char* end = nullptr;
  long long seconds = std::strtoll(value, &end, 10);
  if (*end != '\0' || seconds < 0) {
    return InputError({"SOURCE_DATE_EPOCH", {}},
                      std::string("`").append(value).append("` is not a number of seconds"),
                      "set it to a Unix time such as 1700000000, or unset it");
  }
  return std::optional<int64_t>(seconds);
}

std::string CacheDirectory() {
  auto set = [](const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::string(value) : std::string();
  };
  if (std::string dir = set("GALLEY_CACHE_DIR"); !dir.empty()) return dir;
  if (std::string dir = set("XDG_CACHE_HOME"); !dir.empty()) return dir + "/galley";
  if (std::string home = set("HOME"); !home.empty()) return home + "/.cache/galley";
  return {};
}

}  // namespace galley::cli
