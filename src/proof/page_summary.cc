#include "proof/page_summary.h"

#include "proof/excerpts.h"
#include "proof/summary_wording.h"

namespace galley::proof {

namespace {

class PageSectionWriter {
 public:
  explicit PageSectionWriter(const Comparison& comparison, std::string* out)
      : c_(comparison), out_(*out) {}

  void Write() {
    if (c_.pages.empty()) return;
    out_ += "\npages\n";
    size_t index = 0;
    size_t entries = 0;
    for (size_t i = 0; i < c_.pages.size(); i = NextEntry(i)) ++entries;
    for (size_t i = 0; i < c_.pages.size(); i = NextEntry(i)) {
      const PageChange& page = c_.pages[i];
      if (!Listed(index++, entries, &out_)) continue;
      if (page.shift_only) {
        Shift(page, c_.pages[NextEntry(i) - 1]);
      } else if (!page.before) {
        const PageSpan& span = *page.after;
        out_ += "  page " + span.label + ", " + Plural(span.line_count, "line", "lines") +
                ", newly filled (was blank or absent): begins " +
                Quoted(OpeningOf(Text(c_.after, span.first_line))) + "\n";
      } else if (!page.after) {
        const PageSpan& span = *page.before;
        out_ += "  page " + span.label + ", emptied (had " +
                Plural(span.line_count, "line", "lines") + ", now blank or absent): began " +
                Quoted(OpeningOf(Text(c_.before, span.first_line))) + "\n";
      } else {
        ChangedPage(page);
      }
    }
  }

  // The index after the entry at `i`: one page, or a run of pages that only shifted, by the
  // same amount, one after another.
  size_t NextEntry(size_t i) const {
    const PageChange& page = c_.pages[i];
    size_t next = i + 1;
    if (!page.shift_only) return next;
    while (next < c_.pages.size() && c_.pages[next].shift_only &&
           c_.pages[next].shift == page.shift &&
           c_.pages[next].after->label != c_.pages[next - 1].after->label) {
      ++next;
    }
    return next;
  }

  // "pages 13–20 shift by 2 lines: each begins 2 lines earlier in the text".
  void Shift(const PageChange& first, const PageChange& last) {
    const std::string& from = first.after->label;
    const std::string& to = last.after->label;
    size_t lines = static_cast<size_t>(first.shift < 0 ? -first.shift : first.shift);
    out_ += "  " + std::string(from == to ? "page " + from : "pages " + from + "–" + to) +
            (from == to ? " shifts by " : " shift by ") + Plural(lines, "line", "lines") + ": " +
            (from == to ? "it begins " : "each begins ") + Plural(lines, "line", "lines") +
            (first.shift < 0 ? " earlier" : " later") + " in the text\n";
  }

  void ChangedPage(const PageChange& page) {
    const PageSpan& old_page = *page.before;
    const PageSpan& new_page = *page.after;
    out_ += "  page " + new_page.label + ", ";
    if (old_page.line_count != new_page.line_count)
      out_ += std::to_string(old_page.line_count) + " → ";
    out_ += Plural(new_page.line_count, "line", "lines") + "\n";
    std::string now, was;
    if (page.begins_differently) {
      ContrastOpenings(Text(c_.after, new_page.first_line), Text(c_.before, old_page.first_line),
                       &now, &was);
      out_ += "    now begins " + Quoted(now) + ", was " + Quoted(was) + "\n";
    }
    if (page.ends_differently) {
      ContrastClosings(Text(c_.after, new_page.first_line + new_page.line_count - 1),
                       Text(c_.before, old_page.first_line + old_page.line_count - 1), &now, &was);
      out_ += "    now ends " + Quoted(now) + ", was " + Quoted(was) + "\n";
    }
  }

  static const std::string& Text(const Record& record, size_t line) {
    return record.lines[line].text;
  }

  const Comparison& c_;
  std::string& out_;
};

}  // namespace

void AppendPageChanges(const Comparison& comparison, std::string* out) {
  PageSectionWriter(comparison, out).Write();
}

}  // namespace galley::proof
