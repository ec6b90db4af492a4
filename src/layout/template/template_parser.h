// Reads the print template format (docs/templates.md): one `key = value` per line, `#`
// comments, keys and values checked against the parameter table. The result has every key:
// what the file sets, and each other key's value from the template it starts from (the
// parameter table's defaults here; template_inheritance.h follows `extends`).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "layout/template/length.h"
#include "layout/template/template_parameters.h"

namespace galley::layout {

struct TemplateValue {
  const TemplateParameter* parameter = nullptr;
  std::string text;        // the value as written, without quotes
  SourcePos pos;           // where the value starts; line 0 for a default
  std::string source_line; // the template line, for error carets
  std::string file;        // the template file that set it; empty for a table default
  double number = 0;       // kNumber, kInteger
  Length length;           // kLength
  bool boolean = false;    // kBoolean
  std::vector<std::string> words;  // kWords
};

class TemplateValues {
 public:
  std::string file;  // the template's path, for messages

  // Every key of the table is present; asking for one that is not in it is a programming error.
  const TemplateValue& Get(const std::string& key) const;
  double Number(const std::string& key) const { return Get(key).number; }
  int Integer(const std::string& key) const { return static_cast<int>(Get(key).number); }
  bool Boolean(const std::string& key) const { return Get(key).boolean; }
  const std::string& Text(const std::string& key) const { return Get(key).text; }

  // An input error placed at `key`'s value (at the template's start for a default).
  Error ErrorAt(const std::string& key, std::string message, std::string hint = {}) const;

  std::map<std::string, TemplateValue> values;
};

// The line that names the template a file starts from (template_inheritance.h).
inline constexpr std::string_view kExtendsKey = "extends";

// What one template file says: the template it extends (if it names one) and the keys it
// sets, each checked and converted, in the order written.
struct TemplateFile {
  std::string file;
  std::optional<TemplateValue> extends;  // `extends = …`; its `parameter` is null
  std::vector<TemplateValue> settings;
};

// Parses one file's lines; `file` names it in errors and in each value it sets.
Result<TemplateFile> ParseTemplateFile(std::string_view text, const std::string& file);

// Every key at the parameter table's default; `file` names the template for messages.
TemplateValues TableDefaults(const std::string& file);

// `base` with the keys `layer` sets replaced; the result is named after `layer`'s file.
TemplateValues Override(TemplateValues base, const TemplateFile& layer);

// Parses template text over the parameter table's defaults; `file` names it in errors. An
// `extends` line is checked but not followed (LoadTemplateValues follows it).
Result<TemplateValues> ParseTemplate(std::string_view text, const std::string& file);

}  // namespace galley::layout
