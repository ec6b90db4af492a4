// The print template's parameters declare themselves (as SILE's settings do): one table with
// each key's type, default, unit and help. The template parser checks keys and values against
// it, `galley pdf --help-template` prints it, and docs/templates.md holds the same table (a
// test compares them), so the three can never disagree.
#pragma once

#include <string>
#include <vector>

namespace galley::layout {

enum class ParameterType {
  kLength,   // a number with a unit: 148mm, 10pt, 1em (em = the body size)
  kNumber,   // a plain number, within [min, max]
  kInteger,  // a whole number, within [min, max]
  kPercent,  // a number and %, within [min, max] percent; read as a fraction (2% → 0.02)
  kBoolean,  // yes or no
  kChoice,   // one of the words in `choices`
  kText,     // free text; may be quoted to keep spaces at its ends
  kFile,     // a path, relative to the template file's folder
  kWords,    // words separated by spaces
};

struct TemplateParameter {
  std::string key;            // "margin.inner"
  ParameterType type = ParameterType::kText;
  std::string default_value;  // as a template would write it
  std::string unit;           // for people: "length", "lines", "em fraction", …
  std::string help;           // one sentence
  std::vector<std::string> choices;  // kChoice only
  double min = -1e9, max = 1e9;      // kNumber and kInteger; kLength in points; kPercent in %
};

// Every key, in the order docs and --help list them.
const std::vector<TemplateParameter>& TemplateParameters();

// The entry for `key`, or nullptr.
const TemplateParameter* FindTemplateParameter(const std::string& key);

const char* ToString(ParameterType type);

}  // namespace galley::layout
