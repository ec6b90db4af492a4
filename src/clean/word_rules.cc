#include "clean/word_rules.h"

#include <algorithm>
#include <map>

#include "clean/text_passes.h"

namespace galley {
namespace {

// Why a guess on `word` is only proposed, or "" when it may be made.
std::string HeldBack(std::string_view word, const WordGuess& guess, const WordGate& gate) {
  if (!gate.guesses_apply) return "guesses are proposals for this source";
  if (!guess.propose_only.empty()) return guess.propose_only;
  std::string quoted = std::string("\"").append(word).append("\"");
  if (gate.dictionary.Knows(word)) return "the dictionary knows " + quoted;
  if (int count = gate.vocabulary.Count(word); count > 1) {
    return quoted + " occurs " + std::to_string(count) + " times";
  }
  return {};
}

class ProposalList {
 public:
  ProposalList(std::string_view rule, Review* review) : rule_(rule), review_(review) {}

  void Add(std::string_view word, const WordGuess& guess, std::string held_back, int line) {
    auto key = std::make_pair(std::string(word), guess.replacement);
    auto [at, added] = index_.emplace(key, review_->proposals.size());
    if (added) {
      review_->proposals.push_back({std::string(rule_), key.first, guess.replacement, guess.note,
                                    std::move(held_back), {}, {}});
    }
    review_->proposals[at->second].lines.push_back(line);
  }

 private:
  std::string_view rule_;
  Review* review_;
  std::map<std::pair<std::string, std::string>, size_t> index_;
};

size_t CountIn(std::string_view text, std::string_view part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string_view::npos;
       at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

// Whether `word` stands in the text only as itself: no other word contains it.
bool StandsOnlyAsItself(std::string_view word, const Vocabulary& vocabulary) {
  for (const auto& [other, count] : vocabulary.counts()) {
    if (other != word && other.size() > word.size() &&
        other.find(word) != std::string::npos) {
      return false;
    }
  }
  return true;
}

std::string CorrectionLine(std::string_view at, const Proposal& proposal) {
  std::string out(at);
  if (!out.empty()) out += '\t';
  return out + proposal.word + '\t' + proposal.replacement + "\taccept the " + proposal.rule +
         " rule's proposal";
}

std::vector<std::string> CorrectionsFor(const Proposal& proposal,
                                        const std::map<int, const SourceLine*>& by_number,
                                        const Vocabulary& vocabulary) {
  std::map<int, size_t> per_line;  // occurrences proposed on each source line
  for (int line : proposal.lines) ++per_line[line];
  for (const auto& [line, count] : per_line) {
    auto source = by_number.find(line);
    if (source == by_number.end() || CountIn(source->second->text, proposal.word) < count) {
      return {};  // the word spans two source lines: no correction can name it
    }
  }
  if (vocabulary.Count(proposal.word) == static_cast<int>(proposal.lines.size()) &&
      StandsOnlyAsItself(proposal.word, vocabulary)) {
    return {CorrectionLine("", proposal)};
  }
  std::vector<std::string> out;
  for (const auto& [line, count] : per_line) {
    if (CountIn(by_number.at(line)->text, proposal.word) != count) return {};
    out.push_back(CorrectionLine(std::string("@").append(std::to_string(line)), proposal));
  }
  return out;
}

}  // namespace

void RunWordRule(std::string_view rule, const WordGuesser& guess, const WordGate& gate,
                 std::vector<Block>* blocks, Review* review, const OccurrenceFilter& filter) {
  // Guess each distinct word of the text once; most rules find nothing to guess in most texts,
  // and then the text is not read again.
  StringMap<WordGuess> guesses;
  for (const auto& [word, count] : gate.vocabulary.counts()) {
    WordGuess g = guess(word);
    if (!g.replacement.empty() || !g.doubt.empty()) guesses.emplace(word, std::move(g));
  }
  if (guesses.empty()) return;
  ProposalList proposals(rule, review);
  for (Block& block : *blocks) {
    if (!HasText(block)) continue;
    std::string_view text = block.text.text;
    std::vector<TextEdit> edits;
    std::vector<TextDoubt> doubts;
    for (const WordSpan& span : FindWords(text)) {
      std::string_view word = text.substr(span.offset, span.length);
      auto found = guesses.find(word);
      if (found == guesses.end() || (filter && !filter(block.text, span))) continue;
      const WordGuess& g = found->second;
      if (gate.title_words.Contains(word) ||
          block.text.IsProtected(span.offset, span.offset + span.length)) {
        continue;
      }
      if (!g.doubt.empty()) {
        doubts.push_back({span.offset, g.doubt});
      } else if (std::string held = HeldBack(word, g, gate); !held.empty()) {
        proposals.Add(word, g, std::move(held), block.text.LineAt(span.offset));
      } else {
        edits.push_back({span.offset, span.length, g.replacement, g.note});
      }
    }
    if (edits.empty() && doubts.empty()) continue;
    ApplyTextFix(rule, MakeTextFix(text, std::move(edits), std::move(doubts)), &block, review);
  }
}

void WriteProposalCorrections(const std::vector<SourceLine>& lines, Review* review) {
  if (review->proposals.empty()) return;
  std::map<int, const SourceLine*> by_number;
  for (const SourceLine& line : lines) by_number.emplace(line.number, &line);
  Vocabulary source_words;
  for (const SourceLine& line : lines) source_words.Add(line.text);
  for (Proposal& proposal : review->proposals) {
    proposal.corrections = CorrectionsFor(proposal, by_number, source_words);
  }
}

}  // namespace galley
