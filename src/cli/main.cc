// galley: one manuscript → EPUB 3 and print PDF. See `galley --help`.
#include <unistd.h>

#include <iostream>

#include "cli/command.h"
#include "cli/heap_policy.h"
#include "io/temporary_registry.h"

namespace {

constexpr const char* kDescription =
    "Galley turns a clean manuscript into a reflowable EPUB 3 ebook and a print-ready PDF.\n"
    "A title is a folder, content/<slug>/; commands take the folder.\n";

constexpr const char* kFooter =
    "\nExit codes:\n"
    "  0  success\n"
    "  1  bad input, or a file that cannot be read or written (the message names it)\n"
    "  2  usage error: unknown command or option, missing argument\n"
    "  3  galley proof --fail-on-change: the two builds differ\n"
    "\nRun `galley <command> --help` for a command's options.";

}  // namespace

int main(int argc, char** argv) {
  using namespace galley::cli;
  KeepFreedMemoryForReuse();
  // Ctrl-C or a kill while a book is being written removes its temporaries (io/temporary_registry.h).
  galley::RemoveTemporariesOnSignals();
  galley::RealFileSystem disk;
  galley::RecordingFileSystem recorded(disk);  // for galley build --inputs-list
  galley::ConfinedFileSystem fs(recorded);     // confined by each title command (KeepInputsInside)
  CommandEnv env{fs, std::cout, std::cerr};
  env.inputs = &fs;
  env.files_read = &recorded;
  env.terminal = isatty(STDERR_FILENO) != 0;

  CLI::App app(kDescription, "galley");
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("galley ") + GALLEY_VERSION);
  app.add_flag("-q,--quiet", env.quiet, "No progress messages");
  app.add_flag("--allow-outside", env.allow_outside,
               "Read a title's files through symbolic links that lead outside its folder, and "
               "fonts from anywhere (by default only the title, Galley's templates and fonts "
               "and the system's font folders)");
  app.require_subcommand(1);
  app.fallthrough();

  // Subcommands, in pipeline order (one file each in src/cli/).
  AddCleanCommand(app, env);
  AddDumpCommand(app, env);
  AddEpubCommand(app, env);
  AddPdfCommand(app, env);
  AddBuildCommand(app, env);
  AddProofCommand(app, env);
  AddCheckCommand(app, env);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --help, --version
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  return env.exit_code;
}
