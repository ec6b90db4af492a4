// One title of a catalogue built by a `galley build` process of its own: a crash or a runaway
// allocation in one book cannot take the others down, and each title's messages go to its own
// log, read back for the summary.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

#include "base/result.h"

namespace galley::cli {

struct TitleProcess {
  pid_t pid = -1;
  std::chrono::steady_clock::time_point started;
};

// Starts this galley (/proc/self/exe) with `arguments` (argv[1…]), stdout and stderr to `log`.
Result<TitleProcess> StartTitleProcess(const std::vector<std::string>& arguments,
                                       const std::string& log);

// What a finished title's log says.
struct TitleLogSummary {
  int pages = 0;
  int warnings = 0;
  std::string first_error;  // the first line with ": error: ", or empty
};
TitleLogSummary SummariseTitleLog(const std::string& log_text);

}  // namespace galley::cli
