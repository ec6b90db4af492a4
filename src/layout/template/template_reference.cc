#include "layout/template/template_reference.h"

#include "layout/template/template_parameters.h"

namespace galley::layout {

namespace {

std::string TypeOf(const TemplateParameter& parameter) {
  if (parameter.type != ParameterType::kChoice) return parameter.unit;
  std::string choices;
  for (const std::string& choice : parameter.choices) {
    choices += (choices.empty() ? "" : " | ") + choice;
  }
  return choices;
}

std::string Shown(const std::string& value) { return value.empty() ? "(empty)" : value; }

}  // namespace

std::string TemplateReferenceText() {
  std::string out =
      "Print template keys (key = value; '#' starts a comment; docs/templates.md):\n\n"
      "  extends = default  [default | none | file]\n"
      "      the template this one starts from: a file relative to this one's folder, the\n"
      "      shipped default template (also without this line), or none (the defaults below);\n"
      "      only the keys this file sets change, and each relative path resolves against\n"
      "      the folder of the file that sets it\n\n";
  for (const TemplateParameter& parameter : TemplateParameters()) {
    out += "  " + parameter.key + " = " + Shown(parameter.default_value) + "  [" +
           TypeOf(parameter) + "]\n      " + parameter.help + "\n";
  }
  return out;
}

std::string TemplateReferenceMarkdown() {
  std::string out = "| key | type | default | meaning |\n| --- | --- | --- | --- |\n";
  for (const TemplateParameter& parameter : TemplateParameters()) {
    std::string type = TypeOf(parameter);
    std::string help = parameter.help;
    for (std::string* text : {&type, &help}) {
      for (size_t at = text->find('|'); at != std::string::npos; at = text->find('|', at + 2)) {
        text->replace(at, 1, "\\|");
      }
    }
    out += "| `" + parameter.key + "` | " + type + " | `" + Shown(parameter.default_value) +
           "` | " + help + " |\n";
  }
  return out;
}

}  // namespace galley::layout
