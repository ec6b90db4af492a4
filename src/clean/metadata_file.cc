#include "clean/metadata_file.h"

#include <algorithm>
#include <regex>
#include <set>

#include "clean/source_text.h"
#include "clean/tsv_fields.h"
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

// Checks a value's form where docs/manuscript.md gives one; returns what is wrong, or "".
std::string ValueProblem(std::string_view key, const std::string& value) {
  static const std::regex date(R"(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)");
  static const std::regex language(R"([A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)");
  if (key == "date" && !std::regex_match(value, date)) {
    return "a date is YYYY, YYYY-MM or YYYY-MM-DD";
  }
  if (key == "language" && !std::regex_match(value, language)) {
    return "a language is a BCP 47 tag such as en-US, en-GB or fr";
  }
  return "";
}

}  // namespace

Result<std::vector<MetadataEntry>> ParseMetadata(std::string_view text, const std::string& file) {
  std::vector<MetadataEntry> entries;
  std::set<std::string, std::less<>> seen;
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
      return fail(1, "unknown metadata key \"" + key + "\"", "known keys: " + KnownKeyList());
    }
    // Keys are ASCII, so byte offsets up to the value are columns.
    size_t value_start = line.text.find_first_not_of(" \t", colon + 1);
    int value_column =
        static_cast<int>(value_start == std::string::npos ? colon + 1 : value_start) + 1;
    std::string value(Trim(line.text.substr(colon + 1)));
    if (value.empty()) return fail(value_column, "\"" + key + "\" has no value", "");
    if (!known->repeatable && seen.count(key)) {
      return fail(1, "\"" + key + "\" is given twice", "give it once");
    }
    if (key == "author-file-as" && (entries.empty() || entries.back().key != "author")) {
      return fail(1, "\"author-file-as\" must follow the \"author\" it sorts",
                  "put it on the line after that author");
    }
    if (std::string problem = ValueProblem(key, value); !problem.empty()) {
      return fail(value_column, "\"" + value + "\" is not a valid " + key, problem);
    }
    seen.insert(key);
    entries.push_back({key, value});
  }
  for (const model::MetadataKey& key : model::MetadataKeys()) {
    if (key.required && !seen.count(key.name)) {
      return InputError(SourceLocation{file, {}}, "\"" + std::string(key.name) + "\" is missing",
                        "add a line \"" + std::string(key.name) + ": …\"");
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

}  // namespace galley
