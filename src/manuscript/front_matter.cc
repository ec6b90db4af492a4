#include "manuscript/front_matter.h"

#include <algorithm>
#include <cctype>

#include "base/quoted_value.h"
#include "manuscript/language_tag.h"
#include "model/edition_date.h"
#include "model/metadata_keys.h"

namespace galley::manuscript {

namespace {

constexpr std::string_view kFence = "---";

std::string_view TrimSpace(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool IsFence(std::string_view line) { return TrimSpace(line) == kFence; }

// A `key: value` line, with byte columns (1-based) for pointing at its parts.
struct KeyLine {
  int line = 0;
  std::string key;
  std::string value;
  int key_column = 1;
  int value_column = 1;
};

bool IsKeyChar(char c) { return std::islower(static_cast<unsigned char>(c)) || c == '-'; }

bool ReadKeyLine(std::string_view text, int line, KeyLine* out) {
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view key = TrimSpace(text.substr(0, colon));
  if (key.empty()) return false;
  for (char c : key) {
    if (!IsKeyChar(c)) return false;
  }
  std::string_view rest = text.substr(colon + 1);
  std::string_view value = TrimSpace(rest);
  out->line = line;
  out->key = std::string(key);
  out->value = std::string(value);
  // A tab inside a value is a space that slipped (front matter is one line per key); one byte
  // for one, so columns stay right.
  std::replace(out->value.begin(), out->value.end(), '\t', ' ');
  out->key_column = static_cast<int>(key.data() - text.data()) + 1;
  out->value_column = value.empty() ? static_cast<int>(colon) + 2
                                    : static_cast<int>(value.data() - text.data()) + 1;
  return true;
}

std::string KnownKeyList() {
  std::string list;
  for (const model::MetadataKey& key : model::MetadataKeys()) {
    if (!list.empty()) list += ", ";
    list += key.name;
  }
  return list;
}

class FrontMatterReader {
 public:
  explicit FrontMatterReader(const SourceText& source) : source_(source) {}

  Status Read(const KeyLine& line) {
    const model::MetadataKey* key = model::FindMetadataKey(line.key);
    if (key == nullptr) {
      return ErrorAt(line, line.key_column,
                     "unknown front-matter key `" + ClipForMessage(line.key) + "`",
                     "the keys are: " + KnownKeyList() + " (see docs/manuscript.md)");
    }
    auto [first, inserted] = metadata_.positions.emplace(line.key, Pos(line, line.value_column));
    if (!inserted && !key->repeatable) {
      return ErrorAt(line, line.key_column,
                     "`" + ClipForMessage(line.key) + "` is given twice (first at " +
                         source_.Where(first->second) + ")",
                     "keep one of the two lines");
    }
    if (line.value.empty()) {
      return ErrorAt(line, line.value_column, "`" + ClipForMessage(line.key) + "` has no value",
                     "write the value after the colon, e.g. `" + std::string(key->example) +
                         "`, or remove the line");
    }
    return Apply(line);
  }

  Status CheckRequired(int closing_line) const {
    for (const model::MetadataKey& key : model::MetadataKeys()) {
      if (key.required && !metadata_.positions.contains(std::string(key.name))) {
        return source_.MakeError({closing_line, 1},
                                 "the front matter has no `" + std::string(key.name) + "`",
                                 "add a line such as `" + std::string(key.example) +
                                     "` before the closing `---`");
      }
    }
    return Status::Ok();
  }

  model::Metadata TakeMetadata() { return std::move(metadata_); }

 private:
  Status Apply(const KeyLine& line) {
    const std::string& key = line.key;
    const std::string& value = line.value;
    model::Metadata& m = metadata_;
    if (key == "title") m.title = value;
    else if (key == "subtitle") m.subtitle = value;
    else if (key == "author") m.creators.push_back({value, "", "aut"});
    else if (key == "author-file-as") return ApplyFileAs(line);
    else if (key == "translator") m.creators.push_back({value, "", "trl"});
    else if (key == "language") return ApplyLanguage(line);
    else if (key == "publisher") m.publisher = value;
    else if (key == "source") m.source = value;
    else if (key == "source-date") m.source_date = value;
    else if (key == "date") return ApplyDate(line);
    else if (key == "rights") m.rights = value;
    else if (key == "identifier") m.identifier = value;
    else if (key == "description") m.description = value;
    else if (key == "subject") m.subjects.push_back(value);
    else if (key == "book-word") return ApplyBookWord(line);
    return Status::Ok();
  }

  Status ApplyBookWord(const KeyLine& line) {
    model::BookWordLine word;
    size_t column = 0;
    std::string problem = model::ParseBookWordLine(line.value, &word, &column);
    if (!problem.empty()) {
      return ErrorAt(line, line.value_column + static_cast<int>(column), problem,
                     "write `book-word: NAME = TEXT` with a name docs/book-words.md lists, "
                     "e.g. `book-word: contents = Table des matières`");
    }
    for (const model::BookWordLine& earlier : metadata_.book_words) {
      if (earlier.name == word.name) {
        return ErrorAt(line, line.value_column, "the book word `" + word.name + "` is given twice",
                       "keep one of the two lines");
      }
    }
    metadata_.book_words.push_back(std::move(word));
    return Status::Ok();
  }

  Status ApplyFileAs(const KeyLine& line) {
    std::vector<model::Contributor>& creators = metadata_.creators;
    if (creators.empty() || creators.back().role != "aut" || !creators.back().file_as.empty()) {
      return ErrorAt(line, line.key_column,
                     "`author-file-as` must come right after the `author` line it belongs to",
                     "move it below its author, once per author");
    }
    creators.back().file_as = line.value;
    return Status::Ok();
  }

  Status ApplyLanguage(const KeyLine& line) {
    std::string problem = LanguageTagProblem(line.value);
    if (!problem.empty()) {
      return ErrorAt(line, line.value_column, problem,
                     "write a BCP 47 tag such as `en-US`, `en-GB` or `fr` (language, then "
                     "region, joined by a hyphen)");
    }
    metadata_.language = line.value;
    return Status::Ok();
  }

  Status ApplyDate(const KeyLine& line) {
    if (!model::ParseEditionDate(line.value)) {
      return ErrorAt(
          line, line.value_column, "`" + ClipForMessage(line.value) + "` is not a date",
          "write YYYY, YYYY-MM or YYYY-MM-DD (a real day, year 0001 or later), e.g. `2024-05-01`");
    }
    metadata_.date = line.value;
    return Status::Ok();
  }

  SourcePos Pos(const KeyLine& line, int byte_column) const {
    return source_.Position(line.line, byte_column);
  }

  Error ErrorAt(const KeyLine& line, int byte_column, std::string message,
                std::string hint) const {
    return source_.MakeError(Pos(line, byte_column), std::move(message), std::move(hint));
  }

  const SourceText& source_;
  model::Metadata metadata_;
};

}  // namespace

Result<FrontMatter> ParseFrontMatter(const SourceText& source) {
  if (!IsFence(source.Line(1))) {
    return source.MakeError({1, 1}, "the manuscript does not start with a front-matter block",
                            "begin the file with a line `---`, then `title: …`, `author: …` and "
                            "`language: …` lines, then another `---` (see docs/manuscript.md)");
  }
  int closing = 0;
  for (int line = 2; line <= source.line_count() && closing == 0; ++line) {
    if (IsFence(source.Line(line))) closing = line;
  }
  if (closing == 0) {
    return source.MakeError({1, 1}, "the front-matter block that opens here is never closed",
                            "add a line `---` after its last `key: value` line");
  }
  FrontMatterReader reader(source);
  for (int line = 2; line < closing; ++line) {
    std::string_view text = source.Line(line);
    if (TrimSpace(text).empty()) continue;
    KeyLine key_line;
    if (!ReadKeyLine(text, line, &key_line)) {
      return source.MakeError({line, 1}, "a front-matter line must be `key: value`",
                              "write a lower-case key, a colon and the value, e.g. `title: "
                              "Kronstadt 21`");
    }
    GALLEY_RETURN_IF_ERROR(reader.Read(key_line));
  }
  GALLEY_RETURN_IF_ERROR(reader.CheckRequired(closing));
  FrontMatter result;
  result.metadata = reader.TakeMetadata();
  result.body_line = closing + 1;
  result.body_offset = source.LineStart(closing + 1);
  return result;
}

}  // namespace galley::manuscript
