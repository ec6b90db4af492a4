// One machine's part of a catalogue build split across a job array (Slurm, a Kubernetes
// Indexed Job): shard I of N builds the titles whose slug hashes to I modulo N. The hash is
// stable (FNV-1a of the slug), so a title stays in its shard when others are added or removed.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace galley {

struct Shard {
  int index = 0;  // 0-based
  int count = 1;
};

// Reads an environment variable; empty when unset. Injected so tests need not set the process
// environment.
using EnvironmentLookup = std::function<std::string(const char* name)>;
std::string ProcessEnvironment(const char* name);

// "I/N" (0 <= I < N), or "auto": Slurm's SLURM_ARRAY_TASK_ID minus SLURM_ARRAY_TASK_MIN of
// SLURM_ARRAY_TASK_COUNT, else Kubernetes' JOB_COMPLETION_INDEX of GALLEY_SHARD_COUNT (an
// Indexed Job has no count variable; its manifest sets one). `option` names the option in
// errors.
Result<Shard> ParseShard(std::string_view text, const EnvironmentLookup& environment,
                         const std::string& option = "--shard");

bool InShard(std::string_view slug, const Shard& shard);

}  // namespace galley
