#include "cli/command.h"

#include <cstdlib>
#include <ostream>

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

std::string ShippedFile(const FileSystem& fs, const std::string& relative) {
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

}  // namespace galley::cli
