#include "clean/rule_set.h"

#include <algorithm>

#include "base/quoted_value.h"
#include "clean/clean_rules.h"
#include "clean/tsv_fields.h"

namespace galley {
namespace {

std::string LanguageName(std::string_view subtag) {
  if (subtag == "en") return "English";
  if (subtag == "es") return "Spanish";
  return "the language " + std::string(subtag);
}

Error SettingError(const std::string& file, const SettingWord& word, std::string message,
                   std::string hint) {
  return InputErrorAt(file, word.line, word.column, word.line_text, std::move(message),
                      std::move(hint));
}

const SettingWord* Named(const std::vector<SettingWord>& words, std::string_view name) {
  auto found = std::find_if(words.begin(), words.end(),
                            [&](const SettingWord& w) { return w.text == name; });
  return found == words.end() ? nullptr : &*found;
}

Status CheckNames(const std::vector<SettingWord>& words, const std::string& file, bool on,
                  std::string_view language) {
  for (const SettingWord& word : words) {
    const CleanRule* rule = FindCleanRule(word.text);
    if (rule == nullptr) {
      std::string names;
      for (const CleanRule& r : CleanRules()) {
        if (r.kind != RuleKind::kEditor) names += (names.empty() ? "" : ", ") + std::string(r.name);
      }
      return SettingError(file, word, "unknown rule \"" + ClipForMessage(word.text) + "\"",
                          "rules: " + names);
    }
    if (rule->kind == RuleKind::kEditor) {
      return SettingError(
          file, word, "\"" + ClipForMessage(word.text) + "\" is the editor's own input, not a rule",
          "leave it out: change or remove its file instead");
    }
    if (on && !rule->language.empty() && rule->language != language) {
      return SettingError(file, word,
                          "\"" + ClipForMessage(word.text) + "\" is written for " +
                              LanguageName(rule->language) + ", not for this title's language",
                          "a rule runs only on text in the language it was written for");
    }
  }
  return Status::Ok();
}

}  // namespace

std::string PrimaryLanguage(std::string_view tag) {
  std::string out(tag.substr(0, tag.find_first_of("-_")));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

Result<RuleSet> RuleSet::Make(SourceFormat format, std::string_view language,
                              const CleanSettings& settings, const std::string& metadata_file) {
  std::string subtag = PrimaryLanguage(language);
  GALLEY_RETURN_IF_ERROR(CheckNames(settings.rules_off, metadata_file, false, subtag));
  GALLEY_RETURN_IF_ERROR(CheckNames(settings.rules_on, metadata_file, true, subtag));
  RuleSet set;
  set.format_ = format;
  set.guesses_apply_ = settings.guesses_apply.value_or(format == SourceFormat::kOcr);
  for (const CleanRule& rule : CleanRules()) {
    std::string why;
    if (const SettingWord* off = Named(settings.rules_off, rule.name)) {
      why = "rules-off in " + metadata_file + ":" + std::to_string(off->line);
    } else if (!rule.language.empty() && rule.language != subtag) {
      why = "written for " + LanguageName(rule.language);
    } else if (std::count(rule.off_for.begin(), rule.off_for.end(), format) &&
               !Named(settings.rules_on, rule.name)) {
      why = format == SourceFormat::kGutenberg ? "off for a Project Gutenberg source"
                                               : "off for an OCR source";
    }
    if (why.empty()) continue;
    set.off_.insert(std::string(rule.name));
    set.not_run_.push_back({std::string(rule.name), why});
  }
  return set;
}

RuleSet RuleSet::Defaults(SourceFormat format) {
  return std::move(*Make(format, "en", CleanSettings(), "metadata.txt"));
}

}  // namespace galley
