#include "proof/excerpts.h"

#include <algorithm>
#include <vector>

namespace galley::proof {

namespace {

constexpr size_t kExcerptWords = 6;
constexpr size_t kContextAfterDifference = 2;

std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t begin = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > begin) words.push_back(text.substr(begin, i - begin));
  }
  return words;
}

std::string Join(const std::vector<std::string_view>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out += ' ';
    out += words[i];
  }
  return out;
}

std::string Opening(const std::vector<std::string_view>& words, size_t count) {
  count = std::min(count, words.size());
  return Join(words, 0, count) + (count < words.size() ? "…" : "");
}

std::string Closing(const std::vector<std::string_view>& words, size_t count) {
  count = std::min(count, words.size());
  return (count < words.size() ? "…" : "") + Join(words, words.size() - count, words.size());
}

}  // namespace

std::string OpeningOf(std::string_view text, size_t words) {
  return Opening(SplitWords(text), words);
}

std::string ClosingOf(std::string_view text, size_t words) {
  return Closing(SplitWords(text), words);
}

void ContrastOpenings(std::string_view a, std::string_view b, std::string* a_excerpt,
                      std::string* b_excerpt) {
  std::vector<std::string_view> x = SplitWords(a), y = SplitWords(b);
  size_t same = 0;
  while (same < x.size() && same < y.size() && x[same] == y[same]) ++same;
  size_t end = std::max(kExcerptWords, same + kContextAfterDifference);
  // A long common start is cut down to the few words before the difference.
  size_t begin = end > kExcerptWords ? std::min(same, end - kExcerptWords) : 0;
  auto excerpt = [&](const std::vector<std::string_view>& words) {
    size_t stop = std::min(end, words.size());
    return (begin > 0 ? "…" : "") + Join(words, begin, stop) + (stop < words.size() ? "…" : "");
  };
  *a_excerpt = excerpt(x);
  *b_excerpt = excerpt(y);
}

void ContrastClosings(std::string_view a, std::string_view b, std::string* a_excerpt,
                      std::string* b_excerpt) {
  std::vector<std::string_view> x = SplitWords(a), y = SplitWords(b);
  size_t same = 0;
  while (same < x.size() && same < y.size() && x[x.size() - 1 - same] == y[y.size() - 1 - same]) {
    ++same;
  }
  // Counted from the end: `end` words back at most, the last `skip` of them left out.
  size_t end = std::max(kExcerptWords, same + kContextAfterDifference);
  size_t skip = end > kExcerptWords ? std::min(same, end - kExcerptWords) : 0;
  auto excerpt = [&](const std::vector<std::string_view>& words) {
    size_t start = words.size() > end ? words.size() - end : 0;
    size_t stop = words.size() - skip;
    return (start > 0 ? "…" : "") + Join(words, start, stop) + (skip > 0 ? "…" : "");
  };
  *a_excerpt = excerpt(x);
  *b_excerpt = excerpt(y);
}

}  // namespace galley::proof
