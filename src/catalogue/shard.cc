#include "catalogue/shard.h"

#include <charconv>
#include <cstdlib>

#include "base/stable_hash.h"

namespace galley {
namespace {

std::optional<int> ParseCount(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

Error ShardError(const std::string& option, std::string message) {
  return InputError({option, {}}, std::move(message),
                    "give --shard I/N with 0 <= I < N (e.g. --shard 0/3), or --shard auto inside "
                    "a Slurm job array or a Kubernetes Indexed Job (docs/scale-out.md)");
}

Result<Shard> Checked(int index, int count, const std::string& option, const std::string& from) {
  if (count < 1 || index < 0 || index >= count) {
    return ShardError(option, "shard " + std::to_string(index) + " of " + std::to_string(count) +
                                  " (from " + from + ") is not one of 0…N-1");
  }
  return Shard{index, count};
}

Result<Shard> FromVariables(const EnvironmentLookup& env, const char* index_name,
                            const char* count_name, const char* min_name,
                            const std::string& option) {
  std::optional<int> index = ParseCount(env(index_name));
  std::optional<int> count = ParseCount(env(count_name));
  std::optional<int> first = min_name ? ParseCount(env(min_name)) : std::optional<int>(0);
  if (!index || !count) {
    return ShardError(option, std::string(index_name) + " or " + count_name +
                                  " is not a whole number");
  }
  return Checked(*index - first.value_or(0), *count, option,
                 std::string(index_name) + ", " + count_name);
}

}  // namespace

std::string ProcessEnvironment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

Result<Shard> ParseShard(std::string_view text, const EnvironmentLookup& env,
                         const std::string& option) {
  if (text == "auto") {
    if (!env("SLURM_ARRAY_TASK_ID").empty()) {
      return FromVariables(env, "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT",
                           "SLURM_ARRAY_TASK_MIN", option);
    }
    if (!env("JOB_COMPLETION_INDEX").empty()) {
      return FromVariables(env, "JOB_COMPLETION_INDEX", "GALLEY_SHARD_COUNT", nullptr, option);
    }
    return ShardError(option, "--shard auto found neither SLURM_ARRAY_TASK_ID nor "
                              "JOB_COMPLETION_INDEX in the environment");
  }
  size_t slash = text.find('/');
  std::optional<int> index = ParseCount(text.substr(0, slash));
  std::optional<int> count =
      slash == std::string_view::npos ? std::nullopt : ParseCount(text.substr(slash + 1));
  if (!index || !count) {
    return ShardError(option, "`" + std::string(text) + "` is not I/N or auto");
  }
  return Checked(*index, *count, option, std::string(text));
}

bool InShard(std::string_view slug, const Shard& shard) {
  return Fnv1a64(slug) % static_cast<uint64_t>(shard.count) == static_cast<uint64_t>(shard.index);
}

}  // namespace galley
