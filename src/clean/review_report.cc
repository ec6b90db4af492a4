#include "clean/review_report.h"

#include <map>

#include "clean/clean_rules.h"

namespace galley {
namespace {

std::string LineLabel(int line) {
  std::string label = std::string("L").append(std::to_string(line));
  return "  " + label + std::string(label.size() < 6 ? 6 - label.size() : 1, ' ');
}

std::string FormatChange(const Change& change) {
  std::string out = LineLabel(change.line) + change.before + "  \u2192  " +
                    (change.after.empty() ? "(removed)" : change.after);
  if (!change.note.empty()) out += "   (" + change.note + ")";
  return out + "\n";
}

std::string Count(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string LineList(const std::vector<int>& lines) {
  std::string out;
  for (int line : lines) out += (out.empty() ? "L" : ", L") + std::to_string(line);
  return out;
}

}  // namespace

std::string FormatReview(const Review& review) {
  std::map<std::string_view, std::vector<const Change*>> by_rule;
  for (const Change& change : review.changes) by_rule[change.rule].push_back(&change);

  std::string out = "galley clean: review of " + review.source + "\n";
  out += Count(review.changes.size(), "change", "changes") + ", " +
         Count(review.doubts.size(), "doubt", "doubts") + ", " +
         Count(review.unknown_words.size(), "word", "words") + " not in " + review.dictionary +
         ".\n";
  out += "Each line: the source line (L61), the text before \u2192 the text after, and why.\n";
  for (const CleanRule& rule : CleanRules()) {
    auto changes = by_rule.find(rule.name);
    if (changes == by_rule.end()) continue;
    out += "\n== " + std::string(rule.name) + ": " + std::string(rule.description) + " (" +
           std::to_string(changes->second.size()) + ")\n";
    for (const Change* change : changes->second) out += FormatChange(*change);
  }
  out += "\n== doubts: places a rule could not decide (" + std::to_string(review.doubts.size()) +
         ")\n";
  if (review.doubts.empty()) out += "  (none)\n";
  for (const Doubt& doubt : review.doubts) {
    out += LineLabel(doubt.line) + doubt.context + "   [" + doubt.rule + "] " + doubt.message +
           "\n";
  }
  out += "\n== unknown words: not in the dictionary, with their lines (" +
         std::to_string(review.unknown_words.size()) + ")\n";
  if (review.unknown_words.empty()) out += "  (none)\n";
  for (const UnknownWord& word : review.unknown_words) {
    out += "  " + word.word + "   " + LineList(word.lines) + "\n";
  }
  return out;
}

}  // namespace galley
