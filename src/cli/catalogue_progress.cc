#include "cli/catalogue_progress.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace galley::cli {
namespace {

std::string Seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", seconds);
  return text;
}

std::string Clock(double seconds) {
  char text[32];
  int whole = static_cast<int>(seconds);
  std::snprintf(text, sizeof text, "%d:%02d", whole / 60, whole % 60);
  return text;
}

const char* StateName(TitleOutcome::State state) {
  switch (state) {
    case TitleOutcome::State::kBuilt: return "built";
    case TitleOutcome::State::kUnchanged: return "unchanged";
    case TitleOutcome::State::kFailed: return "FAILED";
  }
  return "";
}

}  // namespace

CatalogueProgress::CatalogueProgress(std::ostream& err, bool terminal, bool quiet, int total)
    : err_(err), terminal_(terminal), quiet_(quiet), total_(total) {}

void CatalogueProgress::Started(const std::string& slug) {
  running_.push_back(slug);
  if (terminal_) Draw();
}

void CatalogueProgress::Finished(const TitleOutcome& outcome) {
  running_.erase(std::remove(running_.begin(), running_.end(), outcome.slug), running_.end());
  ++done_;
  pages_ += outcome.pages;
  if (terminal_) return Draw();
  // A log lists what was done; the titles left as they were are in the summary table.
  if (outcome.state == TitleOutcome::State::kUnchanged) return;
  if (quiet_ && outcome.state != TitleOutcome::State::kFailed) return;
  err_ << "galley: [" << done_ << "/" << total_ << "] " << StateName(outcome.state) << " "
       << outcome.slug;
  if (outcome.state == TitleOutcome::State::kBuilt) {
    err_ << " (" << outcome.pages << " pages, " << Seconds(outcome.seconds) << " s)";
  }
  err_ << "\n";
  err_.flush();
}

void CatalogueProgress::Tick() {
  if (terminal_) Draw();
}

void CatalogueProgress::Draw() {
  double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  std::string line = "galley: " + std::to_string(done_) + "/" + std::to_string(total_) +
                     " titles, " + std::to_string(pages_) + " pages, " + Clock(elapsed);
  if (!running_.empty()) {
    line += ", setting ";
    for (size_t i = 0; i < running_.size(); ++i) line += (i ? " " : "") + running_[i];
  }
  if (line.size() > 100) line = line.substr(0, 99) + "…";
  err_ << "\r\033[K" << line;
  err_.flush();
  drawn_ = true;
}

void CatalogueProgress::Close() {
  if (drawn_) err_ << "\n";
  drawn_ = false;
}

void WriteCatalogueSummary(std::ostream& out, const std::vector<TitleOutcome>& outcomes,
                           double wall_seconds) {
  size_t width = 5;
  for (const TitleOutcome& outcome : outcomes) width = std::max(width, outcome.slug.size());
  auto pad = [](std::string text, size_t to) { return text.append(to - std::min(to, text.size()), ' '); };
  out << pad("title", width) << "  state      pages  warnings  seconds\n";
  int pages = 0, warnings = 0, built = 0, failed = 0;
  double cpu = 0;
  for (const TitleOutcome& outcome : outcomes) {
    char row[96];
    if (outcome.state == TitleOutcome::State::kUnchanged) {
      std::snprintf(row, sizeof row, "  %-9s %6s %9s %8s\n", StateName(outcome.state), "-", "-", "-");
    } else {
      std::snprintf(row, sizeof row, "  %-9s %6d %9d %8s\n", StateName(outcome.state),
                    outcome.pages, outcome.warnings, Seconds(outcome.seconds).c_str());
    }
    out << pad(outcome.slug, width) << row;
    pages += outcome.pages;
    warnings += outcome.warnings;
    cpu += outcome.seconds;
    built += outcome.state == TitleOutcome::State::kBuilt;
    failed += outcome.state == TitleOutcome::State::kFailed;
  }
  out << outcomes.size() << " titles: " << built << " built, "
      << outcomes.size() - built - failed << " unchanged, " << failed << " failed; " << pages
      << " pages, " << warnings << " warnings; " << Seconds(wall_seconds) << " s ("
      << Seconds(cpu) << " s of title builds)\n";
  for (const TitleOutcome& outcome : outcomes) {
    if (outcome.state == TitleOutcome::State::kFailed) {
      out << "failed: " << outcome.slug << ": " << outcome.detail << "\n";
    }
  }
}

}  // namespace galley::cli
