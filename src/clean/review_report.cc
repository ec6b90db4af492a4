#include "clean/review_report.h"

#include <algorithm>
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
  int previous = 0;
  for (int line : lines) {
    if (line == previous) continue;
    out += (out.empty() ? "L" : ", L") + std::to_string(line);
    previous = line;
  }
  return out;
}

std::string FormatName(std::string_view format) {
  if (format == "gutenberg") return " (a Project Gutenberg text)";
  if (format == "markdown") return " (Markdown)";
  if (format == "ocr") return " (OCR text)";
  return "";
}

// "Not run: a, b (why); c (why)." with rules grouped by their reason.
std::string NotRun(const std::vector<RuleNotRun>& not_run) {
  if (not_run.empty()) return "";
  std::vector<std::pair<std::string, std::string>> groups;  // why → rules
  for (const RuleNotRun& rule : not_run) {
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const auto& g) { return g.first == rule.why; });
    if (group == groups.end()) {
      groups.push_back({rule.why, rule.rule});
    } else {
      group->second += ", " + rule.rule;
    }
  }
  std::string out = "Rules not run:";
  for (size_t i = 0; i < groups.size(); ++i) {
    out += (i == 0 ? " " : "; ") + groups[i].second + " (" + groups[i].first + ")";
  }
  return out + ".\n";
}

std::string FormatProposal(const Proposal& proposal) {
  std::string out = LineLabel(proposal.lines.front()) + proposal.word + "  \u2192  " +
                    proposal.replacement + "   [" + proposal.rule + "] " + proposal.held_back;
  std::string lines = LineList(proposal.lines);
  if (lines.find(',') != std::string::npos) out += "; lines " + lines;
  out += "\n";
  if (proposal.corrections.empty()) {
    out += "          (no corrections.tsv line can name it: the word spans two source lines)\n";
  }
  for (const std::string& line : proposal.corrections) out += "          " + line + "\n";
  return out;
}

}  // namespace

std::string FormatReview(const Review& review) {
  std::map<std::string_view, std::vector<const Change*>> by_rule;
  for (const Change& change : review.changes) by_rule[change.rule].push_back(&change);

  std::string out = "galley clean: review of " + review.source + FormatName(review.format) + "\n";
  out += Count(review.changes.size(), "change", "changes") + ", " +
         Count(review.proposals.size(), "proposal", "proposals") + ", " +
         Count(review.doubts.size(), "doubt", "doubts") + ", " +
         Count(review.unknown_words.size(), "word", "words") + " not in " + review.dictionary +
         ".\n";
  out += NotRun(review.not_run);
  out += "Each line: the source line (L61), the text before \u2192 the text after, and why.\n";
  for (const CleanRule& rule : CleanRules()) {
    auto changes = by_rule.find(rule.name);
    if (changes == by_rule.end()) continue;
    out += "\n== " + std::string(rule.name) + ": " + std::string(rule.description) + " (" +
           std::to_string(changes->second.size()) + ")\n";
    if (rule.kind == RuleKind::kGuess) {
      out += "  (to keep a word as the text has it, list it in words.txt)\n";
    }
    for (const Change* change : changes->second) out += FormatChange(*change);
  }
  if (!review.proposals.empty()) {
    out += "\n== proposals: changes a guessing rule held back; to accept one, paste its line "
           "into corrections.tsv (" + std::to_string(review.proposals.size()) + ")\n";
    for (const Proposal& proposal : review.proposals) out += FormatProposal(proposal);
  }
  out += "\n== doubts: places a rule could not decide (" + std::to_string(review.doubts.size()) +
         ")\n";
  if (review.doubts.empty()) out += "  (none)\n";
  for (const Doubt& doubt : review.doubts) {
    out += LineLabel(doubt.line) + doubt.context + "   [" + doubt.rule + "] " + doubt.message +
           "\n";
  }
  out += "\n== unknown words: not in the dictionary nor in words.txt, with their lines (" +
         std::to_string(review.unknown_words.size()) + ")\n";
  if (review.unknown_words.empty()) out += "  (none)\n";
  for (const UnknownWord& word : review.unknown_words) {
    out += "  " + word.word + "   " + LineList(word.lines) + "\n";
  }
  return out;
}

}  // namespace galley
