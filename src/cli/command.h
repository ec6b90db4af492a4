// What every subcommand shares: where it writes, how it reports an error, and exit codes.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

#include "base/result.h"
#include "io/confined_file_system.h"
#include "io/file_system.h"
#include "io/recording_file_system.h"
#include "io/title_folder.h"

namespace galley::cli {

// Exit codes, documented in `galley --help`.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  // bad input, or a file could not be read or written
constexpr int kExitUsage = 2;    // the command line itself is wrong

struct CommandEnv {
  FileSystem& fs;
  std::ostream& out;   // results (JSON, reports asked for on stdout)
  std::ostream& err;   // messages and progress
  bool quiet = false;     // no progress lines
  bool terminal = false;  // stderr is a terminal: long stages redraw a progress line
  int exit_code = kExitOk;
  // Where a title's inputs may come from (io/confined_file_system.h); null in a library user
  // that reads whatever it is given. --allow-outside leaves it unconfined.
  ConfinedFileSystem* inputs = nullptr;
  bool allow_outside = false;
  // Every file read so far (io/recording_file_system.h); null in a library user.
  const RecordingFileSystem* files_read = nullptr;
};

// Confines reads to `title`'s folder, Galley's shipped templates and fonts and the system's
// font folders, unless --allow-outside: a link in the title that leads elsewhere is refused.
void KeepInputsInside(CommandEnv& env, const TitleFolder& title);

// Prints `error` for a person and returns kExitFailure.
int Fail(CommandEnv& env, const Error& error);

// Progress for long work, on stderr unless quiet: "galley: <what>".
void Progress(CommandEnv& env, const std::string& what);

// A file Galley ships (`templates/print/default.template`, `fonts`), looked for in order:
// $GALLEY_DATA_DIR (set: used as it is, even when the file is missing there, so a mistake is
// named rather than silently replaced); an installed galley's PREFIX/share/galley, found from
// the executable's own path; the working directory's copy (run from the repository root); the
// source tree the build-tree galley was built from.
std::string ShippedFile(const FileSystem& fs, const std::string& relative);

// SOURCE_DATE_EPOCH (reproducible-builds.org/specs/source-date-epoch): unset or empty gives
// nothing; a decimal count of seconds gives it; anything else is an error, not ignored.
Result<std::optional<int64_t>> SourceDateEpoch();

// Where Galley keeps what it can make again but would rather not (compiled hyphenation
// patterns): $GALLEY_CACHE_DIR, else $XDG_CACHE_HOME/galley, else ~/.cache/galley (XDG Base
// Directory); empty when none of them is set, and then nothing is cached.
std::string CacheDirectory();

// Each subcommand registers itself; its callback runs the command and sets env.exit_code.
void AddCleanCommand(CLI::App& app, CommandEnv& env);
void AddDumpCommand(CLI::App& app, CommandEnv& env);
void AddEpubCommand(CLI::App& app, CommandEnv& env);
void AddPdfCommand(CLI::App& app, CommandEnv& env);
void AddBuildCommand(CLI::App& app, CommandEnv& env);
void AddProofCommand(CLI::App& app, CommandEnv& env);
void AddCheckCommand(CLI::App& app, CommandEnv& env);

}  // namespace galley::cli
