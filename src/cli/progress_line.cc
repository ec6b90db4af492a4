#include "cli/progress_line.h"

#include <ostream>

namespace galley::cli {

namespace {
constexpr const char* kWipe = "\r\033[K";  // to the line's start, then erase to its end
}

ProgressLine::ProgressLine(std::ostream& err, bool shown, Clock::duration delay,
                           Clock::duration interval)
    : err_(err), shown_(shown), first_due_(Clock::now() + delay), interval_(interval) {}

void ProgressLine::Show(const std::string& what) {
  if (!shown_) return;
  Clock::time_point now = Clock::now();
  if (now < first_due_ || (drawn_ && now - last_drawn_ < interval_)) return;
  err_ << kWipe << "galley: " << what << std::flush;
  last_drawn_ = now;
  drawn_ = true;
}

void ProgressLine::Clear() {
  if (!drawn_) return;
  err_ << kWipe << std::flush;
  drawn_ = false;
}

}  // namespace galley::cli
