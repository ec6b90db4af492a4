#include "layout/pages/layout_record.h"

#include <cmath>
#include <cstdio>

namespace galley::layout {

std::string FormatLayoutRecord(const LayoutRecord& record) {
  std::string out;
  out += "# galley layout record\n";
  out += "# title: " + record.title + "\n";
  out += "# template: " + record.template_path + "\n";
  out += "# pages: " + std::to_string(record.pages) + "\n";
  out += "# page  line kind  ratio flags | text\n";
  char prefix[96];
  for (const RecordLine& line : record.lines) {
    std::string flags;
    if (line.hyphenated) flags += 'h';
    if (line.overfull) flags += 'o';
    if (line.underfull) flags += 'u';
    if (flags.empty()) flags = "-";
    // Rounded first, so that a ratio of -0.0001 prints as +0.000, not -0.000.
    double ratio = std::round(line.ratio * 1000) / 1000;
    if (ratio == 0) ratio = 0;
    std::snprintf(prefix, sizeof prefix, "%6s %5d %-4s %+6.3f %-5s| ", line.page_label.c_str(),
                  line.source_line, line.kind.c_str(), ratio, flags.c_str());
    out += prefix;
    out += line.text;
    out += '\n';
  }
  return out;
}

}  // namespace galley::layout
