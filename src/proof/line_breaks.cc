#include "proof/line_breaks.h"

#include "proof/words.h"

namespace galley::proof {

std::vector<BreakPoint> BreaksOf(const Record& record, const Paragraph& paragraph) {
  std::vector<BreakPoint> breaks;
  WordCollector collector;
  for (size_t i = paragraph.first_line; i < paragraph.end_line(); ++i) {
    const RecordLine& line = record.lines[i];
    bool more = i + 1 < paragraph.end_line();
    collector.AddLine(line.text, line.hyphenated, more);
    if (!more) break;
    if (collector.Joining()) {
      breaks.push_back({collector.WordCount(), static_cast<uint32_t>(collector.PendingBytes())});
    } else {
      breaks.push_back({collector.WordCount(), 0});
    }
  }
  return breaks;
}

std::string DescribeBreak(const Paragraph& paragraph, const BreakPoint& point) {
  const std::vector<Word>& words = paragraph.words;
  if (point.hyphen()) {
    if (point.word >= words.size()) return "?";
    const std::string& bare = words[point.word].bare;
    return bare.substr(0, point.offset) + "-|" + bare.substr(point.offset);
  }
  std::string before = point.word > 0 && point.word <= words.size()
                           ? words[point.word - 1].Display()
                           : std::string();
  std::string after = point.word < words.size() ? words[point.word].Display() : std::string();
  return before + " | " + after;
}

namespace {

// A re-broken paragraph lists this many breaks each way, then how many more.
constexpr size_t kBreaksListed = 4;

std::string ListBreaks(const Paragraph& paragraph, const std::vector<BreakPoint>& points) {
  std::string out;
  for (size_t i = 0; i < points.size(); ++i) {
    if (i == kBreaksListed) {
      out += ", … " + std::to_string(points.size() - i) + " more";
      break;
    }
    out += (i > 0 ? ", \"" : "\"") + DescribeBreak(paragraph, points[i]) + "\"";
  }
  return out;
}

size_t Hyphens(const std::vector<BreakPoint>& points) {
  size_t count = 0;
  for (const BreakPoint& point : points) count += point.hyphen() ? 1 : 0;
  return count;
}

}  // namespace

std::string FormatBreakChanges(const Paragraph& before, const std::vector<BreakPoint>& gone,
                               const Paragraph& after, const std::vector<BreakPoint>& added) {
  std::string out = "breaks";
  if (!added.empty()) out += " now at " + ListBreaks(after, added);
  if (!gone.empty()) {
    out += std::string(added.empty() ? "" : ";") + " no longer at " + ListBreaks(before, gone);
  }
  size_t hyphens_new = Hyphens(added), hyphens_gone = Hyphens(gone);
  if (hyphens_new + hyphens_gone > 0) {
    out += "; hyphens " + std::to_string(hyphens_new) + " new, " + std::to_string(hyphens_gone) +
           " gone";
  }
  return out;
}

}  // namespace galley::proof
