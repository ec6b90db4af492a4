#include "cli/catalogue_build.h"

#include <sys/wait.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <thread>

#include "catalogue/build_ledger.h"
#include "catalogue/catalogue_titles.h"
#include "catalogue/fingerprint.h"
#include "catalogue/shard.h"
#include "cli/catalogue_progress.h"
#include "cli/executable_build_id.h"
#include "cli/title_process.h"

namespace galley::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct PlannedTitle {
  TitleFolder title;
  Hash128 own;                       // the title folder's files on top of the shared fingerprint
  std::vector<std::string> covered;  // folders `own` hashes: the title's and the shared ones
};

// What a title reads from these folders is covered already: SharedFingerprint hashes Galley's
// templates and fonts, and the output folder's EPUB cache is made from the inputs.
std::vector<std::string> SharedFolders(CommandEnv& env, const CatalogueRequest& request) {
  std::vector<std::string> folders = {AbsoluteNormalPath(ShippedFile(env.fs, "templates")),
                                      AbsoluteNormalPath(ShippedFile(env.fs, "fonts")),
                                      AbsoluteNormalPath(request.output_dir)};
  if (!request.template_path.empty()) folders.push_back(AbsoluteNormalPath(request.template_path));
  return folders;
}

// A title's fingerprint as of its last build: its folder, the shared files, and every file that
// build read from elsewhere (a house template, a system font), as its inputs list names them.
Hash128 Fingerprint(const PlannedTitle& planned, const BuildLedger& ledger) {
  return WithFilesRead(planned.own, ledger.FilesRead(planned.title.slug), planned.covered);
}

// What every title is built with: this galley (by its build ID, the linker's hash of its
// contents; by its bytes when it has none), the shipped templates and fonts, the options.
Result<Hash128> SharedFingerprint(CommandEnv& env, const CatalogueRequest& request) {
  std::string build_id = ExecutableBuildId();
  std::vector<std::string> paths = {ShippedFile(env.fs, "templates"),
                                    ShippedFile(env.fs, "fonts")};
  if (build_id.empty()) paths.insert(paths.begin(), "/proc/self/exe");
  if (!request.template_path.empty()) paths.push_back(request.template_path);
  return TreeFingerprint(paths, {GALLEY_VERSION, "build-id=" + build_id,
                                 "template=" + request.template_path,
                                 request.lenient ? "lenient" : "strict"});
}

std::vector<std::string> BuildArguments(const CatalogueRequest& request, const TitleFolder& title,
                                        const BuildLedger& ledger) {
  std::vector<std::string> arguments = {"build", title.dir, "-o", request.output_dir,
                                        "--inputs-list", ledger.InputsPath(title.slug)};
  if (!request.template_path.empty()) arguments.insert(arguments.end(), {"--template", request.template_path});
  if (request.lenient) arguments.push_back("--lenient");
  if (request.allow_outside) arguments.push_back("--allow-outside");
  return arguments;
}

TitleOutcome Outcome(const PlannedTitle& planned, const TitleProcess& process, int status,
                     const std::string& log, const BuildLedger& ledger) {
  TitleOutcome outcome;
  outcome.slug = planned.title.slug;
  outcome.seconds = std::chrono::duration<double>(Clock::now() - process.started).count();
  RealFileSystem disk;
  Result<std::string> text = disk.ReadFile(log);
  TitleLogSummary summary = SummariseTitleLog(text.ok() ? *text : "");
  outcome.pages = summary.pages;
  outcome.warnings = summary.warnings;
  bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (ok && ledger.Record(outcome.slug, Fingerprint(planned, ledger)).ok()) return outcome;
  outcome.state = TitleOutcome::State::kFailed;
  outcome.detail = !summary.first_error.empty() ? summary.first_error
                   : WIFSIGNALED(status) ? "killed by signal " + std::to_string(WTERMSIG(status))
                                         : "exit " + std::to_string(WEXITSTATUS(status));
  outcome.detail += " (log: " + log + ")";
  return outcome;
}

// Runs `pending` N at a time; returns each title's outcome.
std::vector<TitleOutcome> RunTitles(const CatalogueRequest& request,
                                    std::vector<PlannedTitle> pending, const BuildLedger& ledger,
                                    CatalogueProgress& progress) {
  int jobs = request.jobs > 0 ? request.jobs
                              : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  std::reverse(pending.begin(), pending.end());  // taken from the back, in slug order
  std::map<pid_t, std::pair<PlannedTitle, std::pair<TitleProcess, std::string>>> running;
  std::vector<TitleOutcome> outcomes;
  while (!pending.empty() || !running.empty()) {
    while (!pending.empty() && static_cast<int>(running.size()) < jobs) {
      PlannedTitle planned = std::move(pending.back());
      pending.pop_back();
      ledger.Forget(planned.title.slug);
      Result<std::string> log = ledger.LogPath(planned.title.slug);
      Result<TitleProcess> process =
          log.ok() ? StartTitleProcess(BuildArguments(request, planned.title, ledger), *log)
                   : Result<TitleProcess>(log.error());
      if (!process.ok()) {
        outcomes.push_back({planned.title.slug, TitleOutcome::State::kFailed, 0, 0, 0,
                            process.error().ToString()});
        progress.Finished(outcomes.back());
        continue;
      }
      progress.Started(planned.title.slug);
      running.emplace(process->pid, std::make_pair(planned, std::make_pair(*process, *log)));
    }
    if (running.empty()) continue;
    int status = 0;
    pid_t pid = waitpid(-1, &status, request.terminal ? WNOHANG : 0);
    if (pid == 0) {  // none finished yet: let the clock on the progress line move
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      progress.Tick();
      continue;
    }
    auto it = running.find(pid);
    if (it == running.end()) continue;
    auto& [planned, started] = it->second;
    outcomes.push_back(Outcome(planned, started.first, status, started.second, ledger));
    progress.Finished(outcomes.back());
    running.erase(it);
  }
  return outcomes;
}

}  // namespace

int BuildCatalogue(CommandEnv& env, const CatalogueRequest& request) {
  Clock::time_point started = Clock::now();
  Result<std::vector<TitleFolder>> titles = FindCatalogueTitles(request.dir);
  if (!titles.ok()) return Fail(env, titles.error());
  if (!request.shard.empty()) {
    Result<Shard> shard = ParseShard(request.shard, ProcessEnvironment);
    if (!shard.ok()) return Fail(env, shard.error());
    std::erase_if(*titles, [&](const TitleFolder& t) { return !InShard(t.slug, *shard); });
  }
  std::error_code error;
  std::filesystem::create_directories(request.output_dir, error);
  if (error) return Fail(env, IoError(request.output_dir, "cannot be made: " + error.message()));

  Result<Hash128> shared = SharedFingerprint(env, request);
  if (!shared.ok()) return Fail(env, shared.error());
  BuildLedger ledger(request.output_dir);
  CatalogueProgress progress(env.err, request.terminal, env.quiet, static_cast<int>(titles->size()));
  std::vector<TitleOutcome> outcomes;
  std::vector<PlannedTitle> pending;
  std::vector<std::string> shared_folders = SharedFolders(env, request);
  for (const TitleFolder& title : *titles) {
    Result<Hash128> own = TitleFingerprint(title, *shared);
    if (!own.ok()) return Fail(env, own.error());
    PlannedTitle planned{title, *own, shared_folders};
    planned.covered.push_back(AbsoluteNormalPath(title.dir));
    if (!request.force && ledger.Unchanged(title.slug, Fingerprint(planned, ledger))) {
      TitleOutcome unchanged;
      unchanged.slug = title.slug;
      unchanged.state = TitleOutcome::State::kUnchanged;
      outcomes.push_back(unchanged);
      progress.Finished(outcomes.back());
    } else {
      pending.push_back(std::move(planned));
    }
  }
  std::vector<TitleOutcome> built = RunTitles(request, std::move(pending), ledger, progress);
  outcomes.insert(outcomes.end(), built.begin(), built.end());
  progress.Close();
  std::sort(outcomes.begin(), outcomes.end(),
            [](const TitleOutcome& a, const TitleOutcome& b) { return a.slug < b.slug; });
  double wall = std::chrono::duration<double>(Clock::now() - started).count();
  WriteCatalogueSummary(env.out, outcomes, wall);
  bool failed = std::any_of(outcomes.begin(), outcomes.end(), [](const TitleOutcome& o) {
    return o.state == TitleOutcome::State::kFailed;
  });
  return failed ? kExitFailure : kExitOk;
}

}  // namespace galley::cli
