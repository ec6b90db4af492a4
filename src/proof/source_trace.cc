#include "proof/source_trace.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "proof/paragraph_place.h"

namespace galley::proof {

namespace {

// Words as the search compares them: runs of ASCII letters and digits, lower-cased, and any
// byte above ASCII kept as it is (letters of other scripts, accented letters).
std::vector<std::string> SearchWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      word += static_cast<char>(std::tolower(byte));
    } else if (!word.empty() && c != '-') {  // "lime-tree" and "limetree" are one word
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool HoldsInOrder(const std::vector<std::string>& haystack, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > haystack.size()) return false;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && haystack[i + k] == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

// Calls `visit(number, line)` for each line of `text` until it returns true.
template <typename Visit>
std::optional<SourceLine> FindLine(const std::string& path, const std::string& text,
                                   Visit visit) {
  int number = 0;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + begin, end - begin);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line[0] != '#' && visit(line)) {
      return SourceLine{path, number, std::string(line)};
    }
    begin = end + 1;
  }
  return std::nullopt;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

// The words of the change: those added, those removed, and up to `context` unchanged words
// before the first change, as they were before.
struct ChangeWords {
  std::vector<std::string> added, removed, before_context;
};

ChangeWords WordsOf(const ParagraphChange& change, const Paragraph& shown) {
  ChangeWords words;
  std::vector<std::string> same;
  bool changed = false;
  for (const WordChange& word : change.words) {
    if (word.kind == WordChange::Kind::kSame) {
      if (!changed) same.push_back(word.word);
      continue;
    }
    changed = true;
    (word.kind == WordChange::Kind::kAdded ? words.added : words.removed).push_back(word.word);
  }
  if (change.words.empty()) {  // added or removed: the paragraph's opening
    for (size_t i = 0; i < shown.words.size() && i < 6; ++i) {
      words.before_context.push_back(shown.words[i].Display());
    }
    return words;
  }
  size_t keep = std::min<size_t>(same.size(), 3);
  words.before_context.assign(same.end() - static_cast<long>(keep), same.end());
  return words;
}

// A corrections.tsv line (source <TAB> replacement <TAB> reason) whose replacement holds the
// added words, or whose source text holds the removed ones.
std::optional<SourceLine> FindCorrection(const TitleSources& sources, const ChangeWords& words) {
  std::vector<std::string> added = SearchWords(Join(words.added));
  std::vector<std::string> removed = SearchWords(Join(words.removed));
  if (added.empty() && removed.empty()) return std::nullopt;
  return FindLine(sources.corrections_path, sources.corrections, [&](std::string_view line) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return false;
    size_t second = line.find('\t', tab + 1);
    std::string_view replacement = line.substr(tab + 1, second == std::string_view::npos
                                                            ? std::string_view::npos
                                                            : second - tab - 1);
    if (!added.empty() && HoldsInOrder(SearchWords(replacement), added)) return true;
    return !removed.empty() && HoldsInOrder(SearchWords(line.substr(0, tab)), removed);
  });
}

// A structure.tsv line (directive <TAB> anchor …) with an anchor of two words or more that the
// paragraph begins with: anchors are the text a block's first line begins with.
std::optional<SourceLine> FindStructureLine(const TitleSources& sources, const Paragraph& shown) {
  std::vector<std::string> opening;
  for (size_t i = 0; i < shown.words.size() && i < 16; ++i) {
    opening.push_back(shown.words[i].Display());
  }
  std::vector<std::string> words = SearchWords(Join(opening));
  return FindLine(sources.structure_path, sources.structure, [&](std::string_view line) {
    for (size_t tab = line.find('\t'); tab != std::string_view::npos;) {
      size_t next = line.find('\t', tab + 1);
      std::vector<std::string> anchor = SearchWords(line.substr(
          tab + 1, next == std::string_view::npos ? std::string_view::npos : next - tab - 1));
      if (anchor.size() >= 2 && anchor.size() <= words.size() &&
          std::equal(anchor.begin(), anchor.end(), words.begin())) {
        return true;
      }
      tab = next;
    }
    return false;
  });
}

}  // namespace

std::vector<SourceLine> TraceChange(const TitleSources& sources, const Comparison& comparison,
                                    const ParagraphChange& change) {
  std::vector<SourceLine> lines;
  const Paragraph& shown = ShownParagraph(comparison, change);
  ChangeWords words = WordsOf(change, shown);
  if (std::optional<SourceLine> line = FindCorrection(sources, words)) lines.push_back(*line);

  if (std::optional<SourceLine> line = FindStructureLine(sources, shown)) lines.push_back(*line);

  // Where the old text stands in the scan: the context and the removed words, else the
  // context and the added ones (a correction may have made the manuscript differ from the
  // scan), else the context alone.
  std::vector<std::string> context = words.before_context;
  for (const std::vector<std::string>* tail : {&words.removed, &words.added}) {
    std::vector<std::string> phrase = context;
    phrase.insert(phrase.end(), tail->begin(), tail->end());
    std::vector<std::string> needle = SearchWords(Join(phrase));
    if (std::optional<SourceLine> line =
            FindLine(sources.source_path, sources.source, [&](std::string_view text) {
              return HoldsInOrder(SearchWords(text), needle);
            })) {
      lines.push_back(*line);
      return lines;
    }
  }
  std::vector<std::string> needle = SearchWords(Join(context));
  if (std::optional<SourceLine> line =
          FindLine(sources.source_path, sources.source, [&](std::string_view text) {
            return HoldsInOrder(SearchWords(text), needle);
          })) {
    lines.push_back(*line);
  }
  return lines;
}

void TraceChanges(const TitleSources& sources, Comparison* comparison) {
  for (ParagraphChange& change : comparison->paragraphs) {
    if (change.status == ParagraphStatus::kTextChanged ||
        change.status == ParagraphStatus::kAdded || change.status == ParagraphStatus::kRemoved) {
      change.behind = TraceChange(sources, *comparison, change);
    }
  }
}

}  // namespace galley::proof
