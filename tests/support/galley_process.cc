#include "support/galley_process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "support/test_paths.h"

extern char** environ;

namespace galley::testing {

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

ProcessResult RunGalley(const std::vector<std::string>& args, const std::string& working_dir,
                        const std::vector<std::string>& env) {
  TempDir capture;
  std::string out_path = capture.File("stdout"), err_path = capture.File("stderr");
  std::vector<std::string> argv_strings = {GalleyBinary()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_strings) argv.push_back(arg.data());
  argv.push_back(nullptr);

  // The inherited environment, less what `env` sets (getenv would find the first of two).
  auto overridden = [&env](std::string_view entry) {
    std::string_view name = entry.substr(0, entry.find('='));
    for (const std::string& set : env) {
      if (std::string_view(set).substr(0, set.find('=')) == name) return true;
    }
    return false;
  };
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) {
    if (!overridden(*e)) env_strings.push_back(*e);
  }
  env_strings.insert(env_strings.end(), env.begin(), env.end());
  std::vector<char*> envp;
  for (std::string& entry : env_strings) envp.push_back(entry.data());
  envp.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::string dir = working_dir.empty() ? SourceDir() : working_dir;
  // posix_spawn has no chdir action in glibc 2.36's public API before _np; change around it.
  std::filesystem::path previous = std::filesystem::current_path();
  std::filesystem::current_path(dir);
  pid_t pid;
  int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  std::filesystem::current_path(previous);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot start " + GalleyBinary());

  int status = 0;
  waitpid(pid, &status, 0);
  ProcessResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = Slurp(out_path);
  result.err = Slurp(err_path);
  return result;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "galley-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string ReadFileOrEmpty(const std::string& path) { return Slurp(path); }

void WriteFileOrDie(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace galley::testing
