// What a catalogue build shows while it runs and when it ends. On a terminal, one line that
// redraws itself (titles done/total, pages, elapsed, the titles being set); otherwise (a log,
// CI) one plain line per finished title. The summary table goes to standard output.
#pragma once

#include <chrono>
#include <iosfwd>
#include <string>
#include <vector>

namespace galley::cli {

struct TitleOutcome {
  std::string slug;
  enum class State { kBuilt, kUnchanged, kFailed } state = State::kBuilt;
  int pages = 0;
  int warnings = 0;
  double seconds = 0;
  std::string detail;  // a failed title: its first error line and its log
};

class CatalogueProgress {
 public:
  CatalogueProgress(std::ostream& err, bool terminal, bool quiet, int total);

  void Started(const std::string& slug);
  void Finished(const TitleOutcome& outcome);
  // Redraws the terminal line (elapsed time moves on while titles are being set).
  void Tick();
  // Ends the terminal line, so what follows starts on a line of its own.
  void Close();

 private:
  void Draw();

  std::ostream& err_;
  bool terminal_;
  bool quiet_;
  int total_;
  int done_ = 0;
  int pages_ = 0;
  std::vector<std::string> running_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  bool drawn_ = false;
};

// The table at the end: title, state, pages, warnings, seconds; then totals.
void WriteCatalogueSummary(std::ostream& out, const std::vector<TitleOutcome>& outcomes,
                           double wall_seconds);

}  // namespace galley::cli
