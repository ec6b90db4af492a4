// Which of `galley clean`'s rules run for a title, and whether its guessing rules may change
// words: from the source's format (a Project Gutenberg text is proofread, so guesses are only
// proposed and pages are not joined), the title's language (a rule written for English does
// not run on German) and metadata.txt's `rules-off`, `rules-on` and `guesses` settings.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "clean/clean_settings.h"
#include "clean/review.h"
#include "clean/source_format.h"

namespace galley {

class RuleSet {
 public:
  // `language` is the title's BCP 47 tag. Naming an unknown rule, switching off the editor's
  // own inputs, or switching on a rule written for another language is an error at its place
  // in `metadata_file`.
  static Result<RuleSet> Make(SourceFormat format, std::string_view language,
                              const CleanSettings& settings, const std::string& metadata_file);

  // The rules that run by default for `format` on English text (for tests of single stages).
  static RuleSet Defaults(SourceFormat format);

  bool Runs(std::string_view rule) const { return !off_.count(std::string(rule)); }
  bool GuessesApply() const { return guesses_apply_; }
  SourceFormat format() const { return format_; }

  // The rules that do not run, each with why (run-together: "written for English"), in the
  // order the rules run; the review report lists them.
  const std::vector<RuleNotRun>& NotRun() const { return not_run_; }

 private:
  SourceFormat format_ = SourceFormat::kOcr;
  bool guesses_apply_ = true;
  std::set<std::string, std::less<>> off_;
  std::vector<RuleNotRun> not_run_;
};

// The primary language subtag of a BCP 47 tag, lower case: "en-GB" → "en".
std::string PrimaryLanguage(std::string_view tag);

}  // namespace galley
