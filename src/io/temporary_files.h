// Temporary files beside an output: where an output is written before it is renamed over its
// target, so that a failed or killed run never leaves a half-written book and never touches the
// previous one. Every temporary is named `.galley-tmp.<target name>.XXXXXX` in the target's own
// folder (rename(2) is atomic only within one file system), registered for removal on a signal
// (temporary_registry.h), and removed on every error path. What a killed run (SIGKILL, a power
// cut) still leaves is removed by the next run that writes into the same folder, once it is
// older than an hour: no run of Galley holds a temporary that long.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "base/result.h"
#include "io/temporary_registry.h"

namespace galley {

// Writes all of `bytes` to `fd`, retrying short and interrupted writes; false (errno set) on
// failure. Shared by every file Galley writes.
bool WriteAll(int fd, std::string_view bytes);

// A temporary holding an output's bytes, not yet in place.
struct TemporaryFile {
  std::string path;    // the temporary
  std::string target;  // the output it will replace
  TemporarySlot slot = -1;
  int fd = -1;         // open while it is being written (OpenTemporaryBeside), else -1
};

// How old a temporary must be before another run removes it.
inline constexpr std::chrono::seconds kStaleTemporaryAge{3600};

// Whether `file_name` (no folder) is a temporary Galley made for an output.
bool IsTemporaryName(std::string_view file_name);

// Writes `bytes` to a new temporary beside `target` (fsync'd, with the usual permissions of a
// user file). Errors name the target and leave nothing behind.
Result<TemporaryFile> WriteTemporaryBeside(const std::string& target, std::string_view bytes);

// A new, empty temporary beside `target`, open for writing (its `fd`), for an output written
// piece by piece (output_writer.h). FinishTemporary closes it. Errors name the target.
Result<TemporaryFile> OpenTemporaryBeside(const std::string& target);

// Makes an open temporary's bytes durable (fsync), gives it the usual permissions and closes
// it; on failure removes it. Does nothing to a temporary already closed.
Status FinishTemporary(TemporaryFile& temporary);

// Renames the temporary over its target. On failure the temporary is removed and the target
// left as it was.
Status MoveIntoPlace(TemporaryFile& temporary);

// Removes a temporary that will not be used (closing it first if it is open).
void RemoveTemporary(TemporaryFile& temporary);

// Removes the temporaries in `folder` older than `age`; returns how many. Errors are ignored:
// a file another user owns or a folder that cannot be listed is not this run's concern.
int RemoveStaleTemporaries(const std::string& folder,
                           std::chrono::seconds age = kStaleTemporaryAge);

}  // namespace galley
