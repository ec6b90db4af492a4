#include "clean/clean_settings.h"

#include <algorithm>
#include <array>
#include <set>

#include "base/quoted_value.h"
#include "clean/source_text.h"
#include "clean/tsv_fields.h"
#include "typography/quotes.h"

namespace galley {
namespace {

constexpr std::array<std::string_view, 4> kEncodings = {"utf-8", "iso-8859-1", "iso-8859-15",
                                                        "windows-1252"};

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// "english, german, german-guillemets, french or guillemets".
std::string QuoteStyleNames() {
  const std::vector<QuoteStyle>& styles = QuoteStyles();
  std::string names;
  for (size_t i = 0; i < styles.size(); ++i) {
    if (i > 0) names += i + 1 == styles.size() ? " or " : ", ";
    names += styles[i].name;
  }
  return names;
}

class SettingsReader {
 public:
  SettingsReader(const std::string& file, CleanSettings* settings)
      : file_(file), settings_(*settings) {}

  // Whether `line` held a setting (read into the settings); an error if it was a bad one.
  Result<bool> Read(const SourceLine& line) {
    size_t colon = line.text.find(':');
    if (colon == std::string::npos) return false;
    std::string key = line.text.substr(0, colon);
    if (key != "source-encoding" && key != "source-format" && key != "rules-off" &&
        key != "rules-on" && key != "guesses" && key != "quotes") {
      return false;
    }
    line_ = &line;
    size_t start = colon + 1;
    while (start < line.text.size() && IsSpace(line.text[start])) ++start;
    size_t end = line.text.size();
    while (end > start && IsSpace(line.text[end - 1])) --end;
    value_ = line.text.substr(start, end - start);
    value_column_ = static_cast<int>(start) + 1;  // keys are ASCII: bytes are columns here
    if (!seen_.insert(key).second)
      return Fail(1, "\"" + ClipForMessage(key) + "\" is given twice", "give it once");
    if (value_.empty())
      return Fail(value_column_, "\"" + ClipForMessage(key) + "\" has no value", "");
    Status read = ReadValue(key);
    if (!read.ok()) return read.take_error();
    return true;
  }

 private:
  Status ReadValue(const std::string& key) {
    if (key == "source-encoding") {
      std::string name = Lower(value_);
      if (std::find(kEncodings.begin(), kEncodings.end(), name) == kEncodings.end()) {
        return Fail(value_column_, "unknown source encoding \"" + ClipForMessage(value_) + "\"",
                    "write utf-8, iso-8859-1, iso-8859-15 or windows-1252");
      }
      settings_.source_encoding = name;
    } else if (key == "source-format") {
      settings_.source_format = ParseSourceFormat(value_);
      if (!settings_.source_format) {
        return Fail(value_column_, "unknown source format \"" + ClipForMessage(value_) + "\"",
                    "write ocr or gutenberg (a Markdown source is source.md)");
      }
    } else if (key == "guesses") {
      if (value_ != "apply" && value_ != "propose") {
        return Fail(value_column_,
                    "\"guesses\" is apply or propose, not \"" + ClipForMessage(value_) + "\"",
                    "propose: guessing rules list their changes for the editor to accept");
      }
      settings_.guesses_apply = value_ == "apply";
    } else if (key == "quotes") {
      if (FindQuoteStyle(value_) == nullptr) {
        return Fail(value_column_, "unknown quote style \"" + ClipForMessage(value_) + "\"",
                    "write " + QuoteStyleNames() + " (docs/corrections.md, metadata.txt)");
      }
      settings_.quotes = value_;
    } else {
      ReadNames(key == "rules-off" ? &settings_.rules_off : &settings_.rules_on);
    }
    return Status::Ok();
  }

  // A comma- or space-separated list of rule names; each is checked against the rule table
  // later, when the title's language and format are known.
  void ReadNames(std::vector<SettingWord>* names) {
    const std::string& text = line_->text;
    size_t at = static_cast<size_t>(value_column_ - 1);
    while (at < text.size()) {
      while (at < text.size() && (IsSpace(text[at]) || text[at] == ',')) ++at;
      size_t end = at;
      while (end < text.size() && !IsSpace(text[end]) && text[end] != ',') ++end;
      if (end > at) {
        names->push_back({text.substr(at, end - at), line_->number, static_cast<int>(at) + 1,
                          text});
      }
      at = end;
    }
  }

  Error Fail(int column, std::string message, std::string hint) const {
    return InputErrorAt(file_, line_->number, column, line_->text, std::move(message),
                        std::move(hint));
  }

  const std::string& file_;
  CleanSettings& settings_;
  const SourceLine* line_ = nullptr;
  std::string value_;
  int value_column_ = 0;
  std::set<std::string> seen_;
};

}  // namespace

Result<CleanSettings> TakeCleanSettings(std::string* text, const std::string& file) {
  CleanSettings settings;
  SettingsReader reader(file, &settings);
  std::string rest;
  rest.reserve(text->size());
  for (const SourceLine& line : SplitLines(*text)) {
    Result<bool> setting = reader.Read(line);
    if (!setting.ok()) return setting.take_error();
    if (!*setting) rest += line.text;
    rest += '\n';
  }
  *text = std::move(rest);
  return settings;
}

}  // namespace galley
