// How galley proof's plain-text summaries (summary.h, book_summary.h, epub_summary.h) word
// counts, quotations and long lists, so that every section reads alike.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galley::proof {

// Sections list at most this many entries, then say how many more the HTML report has.
constexpr size_t kSummaryListLimit = 40;

// "1 line", "3 lines".
std::string Plural(size_t count, std::string_view one, std::string_view many);

// `text` in straight double quotes.
std::string Quoted(const std::string& text);

// Whether a section lists entry `index` of `total`; the first one left out appends a line
// saying how many more there are.
bool Listed(size_t index, size_t total, std::string* out);

// The verdict's list of what changed, in the order given: "changed: 1 paragraph added,
// 3 pages changed."
class ChangeList {
 public:
  // "N one" or "N many"; nothing when `count` is 0.
  void Add(size_t count, std::string_view one, std::string_view many);
  void Add(std::string part) { parts_.push_back(std::move(part)); }
  bool empty() const { return parts_.empty(); }
  std::string Sentence() const;

 private:
  std::vector<std::string> parts_;
};

}  // namespace galley::proof
