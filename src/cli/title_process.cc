#include "cli/title_process.h"

#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>

extern char** environ;

namespace galley::cli {

Result<TitleProcess> StartTitleProcess(const std::vector<std::string>& arguments,
                                       const std::string& log) {
  std::error_code error;
  std::string self = std::filesystem::read_symlink("/proc/self/exe", error).string();
  if (error) return IoError("/proc/self/exe", "cannot be read: " + error.message());

  std::vector<std::string> argv_strings = {self};
  argv_strings.insert(argv_strings.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& argument : argv_strings) argv.push_back(argument.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
  TitleProcess process;
  process.started = std::chrono::steady_clock::now();
  int status = posix_spawn(&process.pid, self.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (status != 0) return IoError(self, std::string("cannot be started: ") + std::strerror(status));
  return process;
}

TitleLogSummary SummariseTitleLog(const std::string& log_text) {
  TitleLogSummary summary;
  std::istringstream lines(log_text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.find(": warning: ") != std::string::npos) ++summary.warnings;
    if (summary.first_error.empty() && line.find(": error: ") != std::string::npos) {
      summary.first_error = line;
    }
    // "galley: wrote out/x.pdf (26 pages, 145 KB)", from the PDF step.
    size_t wrote = line.find("galley: wrote ");
    size_t open = line.rfind(" (");
    if (wrote == 0 && open != std::string::npos && line.find(" pages", open) != std::string::npos) {
      summary.pages = std::atoi(line.c_str() + open + 2);
    }
  }
  return summary;
}

}  // namespace galley::cli
