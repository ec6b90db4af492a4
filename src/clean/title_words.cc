#include "clean/title_words.h"

#include "clean/source_text.h"
#include "clean/tsv_fields.h"

namespace galley {

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
    words.words_.insert(word);
    words.entries_.push_back({word, line.number, static_cast<int>(first) + 1, line.text});
  }
  return words;
}

bool TitleWords::Contains(std::string_view word) const {
  if (words_.empty()) return false;
  return words_.count(word) > 0 || words_.count(WithoutPossessive(word)) > 0;
}

Status TitleWords::CheckAllOccur(const Vocabulary& vocabulary,
                                 const std::string& source_file) const {
  for (const Entry& entry : entries_) {
    if (vocabulary.Occurs(entry.word)) continue;
    return InputErrorAt(file_, entry.line, entry.column, entry.line_text,
                        "\"" + entry.word + "\" does not occur in " + source_file,
                        "spell it exactly as the text does (case matters), or remove the line "
                        "if the word is gone from the text");
  }
  return Status::Ok();
}

}  // namespace galley
