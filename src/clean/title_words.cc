#include "clean/title_words.h"

#include "base/quoted_value.h"
#include "clean/source_text.h"
#include "clean/tsv_fields.h"

namespace galley {
namespace {

constexpr std::string_view kStraight = "'";
constexpr std::string_view kCurly = "\u2019";

// `word` with every apostrophe written `to`. The source has a typist's straight apostrophe
// where the manuscript, after the quotes rule, has ’: an entry in words.txt matches either.
std::string WithApostrophes(std::string_view word, std::string_view to) {
  std::string out;
  for (size_t i = 0; i < word.size();) {
    if (word.substr(i, kStraight.size()) == kStraight) {
      out += to;
      i += kStraight.size();
    } else if (word.substr(i, kCurly.size()) == kCurly) {
      out += to;
      i += kCurly.size();
    } else {
      out += word[i++];
    }
  }
  return out;
}

}  // namespace

Result<TitleWords> TitleWords::Parse(std::string_view text, const std::string& file) {
  TitleWords words;
  words.file_ = file;
  for (const SourceLine& line : SplitLines(text)) {
    if (IsCommentOrBlank(line.text)) continue;
    size_t first = line.text.find_first_not_of(" \t");
    size_t last = line.text.find_last_not_of(" \t");
    std::string word = line.text.substr(first, last - first + 1);
    size_t space = word.find_first_of(" \t");
    if (space != std::string::npos) {
      return InputErrorAt(file, line.number, EndColumn(line.text.substr(0, first + space)),
                          line.text, "words.txt holds one word a line, this line has several",
                          "put each word on its own line");
    }
    words.words_.insert(WithApostrophes(word, kCurly));
    words.entries_.push_back({word, line.number, static_cast<int>(first) + 1, line.text});
  }
  return words;
}

bool TitleWords::Contains(std::string_view word) const {
  if (words_.empty()) return false;
  std::string curly = WithApostrophes(word, kCurly);
  return words_.count(curly) > 0 || words_.count(WithoutPossessive(curly)) > 0;
}

Status TitleWords::CheckAllOccur(const Vocabulary& vocabulary,
                                 const std::string& source_file) const {
  for (const Entry& entry : entries_) {
    if (vocabulary.Occurs(WithApostrophes(entry.word, kStraight)) ||
        vocabulary.Occurs(WithApostrophes(entry.word, kCurly))) {
      continue;
    }
    return InputErrorAt(file_, entry.line, entry.column, entry.line_text,
                        "\"" + ClipForMessage(entry.word) + "\" does not occur in " + source_file,
                        "spell it exactly as the text does (case matters), or remove the line "
                        "if the word is gone from the text");
  }
  return Status::Ok();
}

}  // namespace galley
