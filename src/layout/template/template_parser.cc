#include "layout/template/template_parser.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdio>

#include "base/quoted_value.h"
#include "base/utf8.h"

namespace galley::layout {

namespace {

std::string_view Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

std::string FormatNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

// Levenshtein distance, for "did you mean" hints on misspelt keys.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string UnknownKeyHint(std::string_view key) {
  const TemplateParameter* best = nullptr;
  size_t best_distance = 4;  // farther than this is a different word, not a typo
  for (const TemplateParameter& parameter : TemplateParameters()) {
    size_t distance = EditDistance(key, parameter.key);
    if (distance < best_distance) {
      best = &parameter;
      best_distance = distance;
    }
  }
  std::string hint = best ? "did you mean '" + best->key + "'? " : "";
  return hint + "`galley pdf --help-template` lists every key (docs/templates.md)";
}

std::string ChoicesOf(const TemplateParameter& parameter) {
  std::string out;
  for (const std::string& choice : parameter.choices) {
    out += (out.empty() ? "" : ", ") + choice;
  }
  return out;
}

// Converts `value->text` to the parameter's type. Returns an empty string when it is valid,
// else the message (the caller adds the place).
std::string ConvertValue(TemplateValue* value, std::string* hint) {
  const TemplateParameter& parameter = *value->parameter;
  const std::string& text = value->text;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  switch (parameter.type) {
    case ParameterType::kLength: {
      std::optional<Length> length = ParseLength(text);
      if (!length) {
        *hint = "write a number and a unit: pt, mm, cm, in, pc or em (e.g. 18mm)";
        return "'" + ClipForMessage(text) + "' is not a length";
      }
      value->length = *length;
      if (length->unit != LengthUnit::kEm) {
        double points = length->ToPoints(0);
        if (points < parameter.min || points > parameter.max) {
          *hint = "use a length from " + FormatNumber(parameter.min) + "pt to " +
                  FormatNumber(parameter.max) + "pt";
          return parameter.key + " = " + ClipForMessage(text) + " is out of range";
        }
      } else if (length->value < 0) {
        return parameter.key + " must not be negative";
      }
      return {};
    }
    case ParameterType::kNumber:
    case ParameterType::kInteger: {
      auto [stop, error] = std::from_chars(begin, end, value->number);
      bool integer = parameter.type == ParameterType::kInteger;
      if (error != std::errc() || stop != end ||
          (integer && value->number != static_cast<int>(value->number))) {
        *hint = integer ? "write a whole number" : "write a number such as 1.5";
        return "'" + ClipForMessage(text) + "' is not " + (integer ? "a whole number" : "a number");
      }
      if (value->number < parameter.min || value->number > parameter.max) {
        *hint = "use a value from " + FormatNumber(parameter.min) + " to " +
                FormatNumber(parameter.max);
        return parameter.key + " = " + ClipForMessage(text) + " is out of range";
      }
      return {};
    }
    case ParameterType::kPercent: {
      auto [stop, error] = std::from_chars(begin, end, value->number);
      if (error != std::errc() || stop + 1 != end || *stop != '%') {
        *hint = "write a number and a percent sign, such as 2%";
        return "'" + ClipForMessage(text) + "' is not a percentage";
      }
      if (value->number < parameter.min || value->number > parameter.max) {
        *hint = "use a value from " + FormatNumber(parameter.min) + "% to " +
                FormatNumber(parameter.max) + "%";
        return parameter.key + " = " + ClipForMessage(text) + " is out of range";
      }
      value->number /= 100;
      return {};
    }
    case ParameterType::kBoolean:
      if (text == "yes" || text == "true" || text == "on") {
        value->boolean = true;
      } else if (text == "no" || text == "false" || text == "off") {
        value->boolean = false;
      } else {
        *hint = "write yes or no";
        return "'" + ClipForMessage(text) + "' is not yes or no";
      }
      return {};
    case ParameterType::kChoice:
      for (const std::string& choice : parameter.choices) {
        if (text == choice) return {};
      }
      *hint = "choose one of: " + ChoicesOf(parameter);
      return "'" + ClipForMessage(text) + "' is not a choice of " + parameter.key;
    case ParameterType::kFile:
      if (text.empty()) {
        *hint = "give a path relative to the template's folder";
        return parameter.key + " needs a file";
      }
      return {};
    case ParameterType::kWords: {
      value->words.clear();
      std::string_view rest = text;
      while (!(rest = Trim(rest)).empty()) {
        size_t space = rest.find_first_of(" \t");
        value->words.emplace_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space);
      }
      return {};
    }
    case ParameterType::kText:
      return {};
  }
  return {};
}

// Splits "value   # comment" and strips quotes. A quoted value keeps its inner spaces and
// may contain '#'. Returns false for an unterminated quote.
bool ReadValue(std::string_view raw, std::string* value) {
  raw = Trim(raw);
  if (!raw.empty() && raw.front() == '"') {
    size_t close = raw.find('"', 1);
    if (close == std::string_view::npos) return false;
    std::string_view after = Trim(raw.substr(close + 1));
    if (!after.empty() && after.front() != '#') return false;
    *value = std::string(raw.substr(1, close - 1));
    return true;
  }
  size_t comment = raw.find(" #");
  if (comment == std::string_view::npos) comment = raw.find("\t#");
  *value = std::string(Trim(raw.substr(0, comment)));
  return true;
}

Error ErrorOnLine(const std::string& file, int line, int column, std::string_view line_text,
                  std::string message, std::string hint) {
  Error error = InputError(SourceLocation{file, {line, column}}, std::move(message),
                           std::move(hint));
  error.source_line = std::string(line_text);
  return error;
}

int ColumnOf(std::string_view line, size_t byte) {
  return PositionOfOffset(line, byte).column;
}

}  // namespace

const TemplateValue& TemplateValues::Get(const std::string& key) const {
  auto found = values.find(key);
  assert(found != values.end() && "template key missing from the parameter table");
  return found->second;
}

Error TemplateValues::ErrorAt(const std::string& key, std::string message,
                              std::string hint) const {
  const TemplateValue& value = Get(key);
  if (value.pos.line == 0) {
    message += " (" + ClipForMessage(key) + " is at its default, " + value.text + ")";
    return InputError(SourceLocation{file, {}}, std::move(message), std::move(hint));
  }
  Error error =
      InputError(SourceLocation{value.file, value.pos}, std::move(message), std::move(hint));
  error.source_line = value.source_line;
  return error;
}

TemplateValues TableDefaults(const std::string& file) {
  TemplateValues result;
  result.file = file;
  for (const TemplateParameter& parameter : TemplateParameters()) {
    TemplateValue value;
    value.parameter = &parameter;
    value.text = parameter.default_value;
    std::string hint;
    std::string problem = ConvertValue(&value, &hint);
    assert(problem.empty() && "a parameter table default does not convert");
    result.values[parameter.key] = std::move(value);
  }
  return result;
}

TemplateValues Override(TemplateValues base, const TemplateFile& layer) {
  base.file = layer.file;
  for (const TemplateValue& value : layer.settings) base.values[value.parameter->key] = value;
  return base;
}

Result<TemplateFile> ParseTemplateFile(std::string_view text, const std::string& file) {
  GALLEY_RETURN_IF_ERROR(ValidateText(text, file));
  TemplateFile result;
  result.file = file;
  std::map<std::string, int> seen;  // key → line
  int line_number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t newline = text.find('\n', start);
    std::string_view line = text.substr(start, newline == std::string_view::npos
                                                   ? std::string_view::npos
                                                   : newline - start);
    start = newline == std::string_view::npos ? text.size() : newline + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view content = Trim(line);
    if (content.empty() || content.front() == '#') continue;

    size_t equals = line.find('=');
    size_t key_start = line.find_first_not_of(" \t");
    if (equals == std::string_view::npos) {
      return ErrorOnLine(file, line_number, ColumnOf(line, key_start), line,
                         "expected 'key = value'", "comments start with '#'");
    }
    std::string key(Trim(line.substr(0, equals)));
    const TemplateParameter* parameter = FindTemplateParameter(key);
    if (parameter == nullptr && key != kExtendsKey) {
      return ErrorOnLine(file, line_number, ColumnOf(line, key_start), line,
                         "unknown template key '" + ClipForMessage(key) + "'", UnknownKeyHint(key));
    }
    if (auto [it, inserted] = seen.emplace(key, line_number); !inserted) {
      return ErrorOnLine(file, line_number, ColumnOf(line, key_start), line,
                         key + " is set twice (first on line " + std::to_string(it->second) + ")",
                         "keep one of the two lines");
    }
    size_t value_start = line.find_first_not_of(" \t", equals + 1);
    if (value_start == std::string_view::npos) value_start = line.size();
    TemplateValue value;
    value.parameter = parameter;
    value.pos = {line_number, ColumnOf(line, value_start)};
    value.source_line = std::string(line);
    value.file = file;
    if (!ReadValue(line.substr(equals + 1), &value.text)) {
      return ErrorOnLine(file, line_number, value.pos.column, line, "unterminated quoted value",
                         "close the quote; only a comment may follow it");
    }
    if (parameter == nullptr) {
      if (value.text.empty()) {
        return ErrorOnLine(file, line_number, value.pos.column, line,
                           "extends needs a template",
                           "write a path relative to this file's folder, `default` for the "
                           "shipped default or `none` for the built-in defaults");
      }
      result.extends = std::move(value);
      continue;
    }
    std::string hint;
    std::string problem = ConvertValue(&value, &hint);
    if (!problem.empty()) {
      return ErrorOnLine(file, line_number, value.pos.column, line, problem, hint);
    }
    result.settings.push_back(std::move(value));
  }
  return result;
}

Result<TemplateValues> ParseTemplate(std::string_view text, const std::string& file) {
  Result<TemplateFile> parsed = ParseTemplateFile(text, file);
  if (!parsed.ok()) return parsed.take_error();
  return Override(TableDefaults(file), *parsed);
}

}  // namespace galley::layout
