// One line on a terminal that redraws itself while a long book is made ("galley: typesetting:
// page 412", "galley: rendering: page 412 of 1257"), so a 1,000-page novel does not sit silent
// for seconds between "typesetting with …" and "wrote …". It appears only once the work has
// taken a moment (a pamphlet never flickers), redraws at most ten times a second, and is wiped
// when the stage ends so the plain progress lines follow on a clean line. Off a terminal or
// with --quiet it shows nothing: a log keeps its one line per stage.
#pragma once

#include <chrono>
#include <iosfwd>
#include <string>

namespace galley::cli {

class ProgressLine {
 public:
  using Clock = std::chrono::steady_clock;

  // `shown`: stderr is a terminal and progress is wanted. `delay`: how long the work runs before
  // the line first appears; `interval`: the least time between two redraws.
  ProgressLine(std::ostream& err, bool shown,
               Clock::duration delay = std::chrono::milliseconds(400),
               Clock::duration interval = std::chrono::milliseconds(100));
  ~ProgressLine() { Clear(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // "galley: " + `what`, when it is time to redraw.
  void Show(const std::string& what);
  // Wipes the line if it was drawn.
  void Clear();

 private:
  std::ostream& err_;
  bool shown_;
  Clock::time_point first_due_;
  Clock::duration interval_;
  Clock::time_point last_drawn_;
  bool drawn_ = false;
};

}  // namespace galley::cli
