#include "clean/metadata_file.h"

#include <algorithm>
#include <set>

#include "base/quoted_value.h"
#include "clean/source_text.h"
#include "clean/tsv_fields.h"
#include "model/book_words.h"
#include "model/edition_date.h"
#include "model/metadata_keys.h"

namespace galley {
namespace {

std::string_view Trim(std::string_view text) {
  size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string KnownKeyList() {
  std::string out;
  for (const model::MetadataKey& key : model::MetadataKeys()) {
    out += (out.empty() ? "" : ", ") + std::string(key.name);
  }
  return out;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// The form of a BCP 47 tag: two or three letters, then subtags of two to eight letters or
// digits, each after a hyphen. One pass over the value: std::regex recursed once per
// character here, and a 27 KB value overflowed the stack.
bool HasLanguageTagForm(std::string_view value) {
  size_t first = value.find('-');
  std::string_view language = value.substr(0, first);
  if (language.size() < 2 || language.size() > 3) return false;
  for (char c : language) {
    if (!IsAsciiAlnum(c) || (c >= '0' && c <= '9')) return false;
  }
  while (first != std::string_view::npos) {
    size_t next = value.find('-', first + 1);
    std::string_view subtag = value.substr(first + 1, next - first - 1);
    if (subtag.size() < 2 || subtag.size() > 8) return false;
    if (!std::all_of(subtag.begin(), subtag.end(), IsAsciiAlnum)) return false;
    first = next;
  }
  return true;
}

// Checks a value's form where docs/manuscript.md gives one; returns what is wrong, or "".
std::string ValueProblem(std::string_view key, const std::string& value) {
  if (key == "date" && !model::ParseEditionDate(value)) {
    return "a date is YYYY, YYYY-MM or YYYY-MM-DD (a real day, year 0001 or later)";
  }
  if (key == "language" && !HasLanguageTagForm(value)) {
    return "a language is a BCP 47 tag such as en-US, en-GB or fr";
  }
  return "";
}

}  // namespace

Result<std::vector<MetadataEntry>> ParseMetadata(std::string_view text, const std::string& file) {
  std::vector<MetadataEntry> entries;
  std::set<std::string, std::less<>> seen;
  std::set<std::string> book_words;  // names given by book-word lines
  for (const SourceLine& line : SplitLines(text)) {
    if (Trim(line.text).empty()) continue;
    auto fail = [&](int column, std::string message, std::string hint) {
      return InputErrorAt(file, line.number, column, line.text, std::move(message),
                          std::move(hint));
    };
    size_t colon = line.text.find(':');
    if (colon == std::string::npos) {
      return fail(1, "a metadata line is \"key: value\", this one has no colon",
                  "write e.g. \"title: Kronstadt 21\"");
    }
    std::string key = line.text.substr(0, colon);
    const model::MetadataKey* known = model::FindMetadataKey(key);
    if (known == nullptr) {
      return fail(1, "unknown metadata key \"" + ClipForMessage(key) + "\"",
                  "known keys: " + KnownKeyList());
    }
    // Keys are ASCII, so byte offsets up to the value are columns.
    size_t value_start = line.text.find_first_not_of(" \t", colon + 1);
    int value_column =
        static_cast<int>(value_start == std::string::npos ? colon + 1 : value_start) + 1;
    std::string value(Trim(line.text.substr(colon + 1)));
    if (value.empty())
      return fail(value_column, "\"" + ClipForMessage(key) + "\" has no value", "");
    if (!known->repeatable && seen.count(key)) {
      return fail(1, "\"" + ClipForMessage(key) + "\" is given twice", "give it once");
    }
    if (key == "author-file-as" && (entries.empty() || entries.back().key != "author")) {
      return fail(1, "\"author-file-as\" must follow the \"author\" it sorts",
                  "put it on the line after that author");
    }
    if (std::string problem = ValueProblem(key, value); !problem.empty()) {
      return fail(value_column, "\"" + ClipForMessage(value) + "\" is not a valid " + key, problem);
    }
    if (key == "book-word") {
      model::BookWordLine word;
      size_t offset = 0;
      std::string problem = model::ParseBookWordLine(value, &word, &offset);
      if (problem.empty() && book_words.count(word.name)) {
        problem = "the book word `" + word.name + "` is given twice";
        offset = 0;
      }
      if (!problem.empty()) {
        return fail(value_column + static_cast<int>(offset), problem,
                    "write \"book-word: NAME = TEXT\" with a name docs/book-words.md lists");
      }
      book_words.insert(word.name);
    }
    seen.insert(key);
    entries.push_back({key, value, SourcePos{line.number, value_column}});
  }
  for (const model::MetadataKey& key : model::MetadataKeys()) {
    if (key.required && !seen.count(key.name)) {
      std::string name(key.name);
      return InputError(SourceLocation{file, {}}, '"' + name + "\" is missing",
                        "add a line \"" + name + ": …\"");
    }
  }
  return entries;
}

std::string_view MetadataValue(const std::vector<MetadataEntry>& entries, std::string_view key) {
  for (const MetadataEntry& entry : entries) {
    if (entry.key == key) return entry.value;
  }
  return {};
}

SourceLocation MetadataLocation(const std::vector<MetadataEntry>& entries, std::string_view key,
                                const std::string& file) {
  for (const MetadataEntry& entry : entries) {
    if (entry.key == key) return {file, entry.value_at};
  }
  return {file, {}};
}

}  // namespace galley
