#include "proof/paragraph_alignment.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "base/stable_hash.h"
#include "proof/sequence_diff.h"
#include "proof/word_diff.h"

namespace galley::proof {

namespace {

// A removed and an added paragraph sharing at least this share of their words are one
// paragraph edited: a corrected word or phrase keeps far more than half, while two different
// paragraphs of running prose share well under half (mostly "the", "of", "and").
constexpr double kSameParagraphSimilarity = 0.5;

// How many added paragraphs ahead of the last pairing a removed one looks for its partner.
// Keeps pairing linear when a whole stretch of text was replaced.
constexpr size_t kPairingWindow = 4;

std::vector<uint64_t> SortedWordHashes(const Paragraph& paragraph) {
  std::vector<uint64_t> hashes;
  hashes.reserve(paragraph.words.size());
  for (const Word& word : paragraph.words) hashes.push_back(Fnv1a64(word.bare));
  std::sort(hashes.begin(), hashes.end());
  return hashes;
}

// Dice's coefficient over the two paragraphs' multisets of words.
double Similarity(const Paragraph& a, const Paragraph& b) {
  if (a.words.empty() && b.words.empty()) return 1;
  std::vector<uint64_t> x = SortedWordHashes(a), y = SortedWordHashes(b);
  size_t common = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) {
      ++common, ++i, ++j;
    } else if (x[i] < y[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(x.size() + y.size());
}

class Aligner {
 public:
  Aligner(const Record& before, const std::vector<Paragraph>& before_paragraphs,
          const Record& after, const std::vector<Paragraph>& after_paragraphs)
      : before_(before), after_(after), old_(before_paragraphs), new_(after_paragraphs) {}

  std::vector<ParagraphChange> Run() {
    std::vector<SequenceMatch> matches = MatchSequences(
        old_.size(), new_.size(), [&](size_t i, size_t j) { return old_[i].key == new_[j].key; });
    size_t b = 0, a = 0;
    for (const SequenceMatch& match : matches) {
      Hunk(b, match.before, a, match.after);
      changes_.push_back(Pair(match.before, match.after));
      b = match.before + 1;
      a = match.after + 1;
    }
    Hunk(b, old_.size(), a, new_.size());
    PairReordered();
    return std::move(changes_);
  }

 private:
  // Paragraphs [b0, b1) of before and [a0, a1) of after, none with a partner of equal text.
  void Hunk(size_t b0, size_t b1, size_t a0, size_t a1) {
    std::vector<int> partner(b1 - b0, -1);
    size_t next = a0;
    for (size_t b = b0; b < b1 && next < a1; ++b) {
      double best = kSameParagraphSimilarity;
      for (size_t a = next; a < a1 && a < next + kPairingWindow; ++a) {
        double similarity = Similarity(old_[b], new_[a]);
        if (similarity >= best && (partner[b - b0] < 0 || similarity > best)) {
          best = similarity;
          partner[b - b0] = static_cast<int>(a);
        }
      }
      if (partner[b - b0] >= 0) next = static_cast<size_t>(partner[b - b0]) + 1;
    }
    // Pairs keep their order, so the two runs merge like two sorted lists.
    size_t b = b0, a = a0;
    while (b < b1 || a < a1) {
      int p = b < b1 ? partner[b - b0] : -1;
      if (b < b1 && p == static_cast<int>(a)) {
        changes_.push_back(Pair(b++, a++));
      } else if (b < b1 && p < 0) {
        changes_.push_back(Alone(ParagraphStatus::kRemoved, static_cast<int>(b++), -1));
      } else {
        changes_.push_back(Alone(ParagraphStatus::kAdded, -1, static_cast<int>(a++)));
      }
    }
  }

  // Each removed paragraph takes the first added one of the same text, in order; the pair
  // stands where the paragraph is now, and the removal goes.
  void PairReordered() {
    std::multimap<uint64_t, size_t> added;  // text key → index in changes_
    for (size_t i = 0; i < changes_.size(); ++i) {
      if (changes_[i].status == ParagraphStatus::kAdded) {
        added.emplace(new_[changes_[i].after].key, i);
      }
    }
    std::vector<bool> gone(changes_.size(), false);
    for (size_t i = 0; i < changes_.size() && !added.empty(); ++i) {
      if (changes_[i].status != ParagraphStatus::kRemoved) continue;
      const Paragraph& old_paragraph = old_[changes_[i].before];
      auto [first, last] = added.equal_range(old_paragraph.key);
      for (auto it = first; it != last; ++it) {
        ParagraphChange& target = changes_[it->second];
        if (!SameText(old_paragraph, new_[target.after])) continue;  // a hash collision
        target = Pair(changes_[i].before, target.after);
        target.status = ParagraphStatus::kReordered;
        target.lines = PairLines(old_paragraph, new_[target.after]);
        gone[i] = true;
        added.erase(it);
        break;
      }
    }
    std::vector<ParagraphChange> kept;
    kept.reserve(changes_.size());
    for (size_t i = 0; i < changes_.size(); ++i) {
      if (!gone[i]) kept.push_back(std::move(changes_[i]));
    }
    changes_ = std::move(kept);
  }

  static ParagraphChange Alone(ParagraphStatus status, int before, int after) {
    ParagraphChange change;
    change.status = status;
    change.before = before;
    change.after = after;
    return change;
  }

  ParagraphChange Pair(size_t b, size_t a) {
    const Paragraph& old_paragraph = old_[b];
    const Paragraph& new_paragraph = new_[a];
    ParagraphChange change;
    change.before = static_cast<int>(b);
    change.after = static_cast<int>(a);
    bool same_breaks = old_paragraph.line_count == new_paragraph.line_count;
    for (size_t k = 0; same_breaks && k < old_paragraph.line_count; ++k) {
      same_breaks = LineBefore(old_paragraph, k).text == LineAfter(new_paragraph, k).text;
    }
    change.pages_changed = PagesChanged(old_paragraph, new_paragraph, same_breaks);
    if (!SameText(old_paragraph, new_paragraph)) {
      change.status = ParagraphStatus::kTextChanged;
      change.words = DiffWords(old_paragraph.words, new_paragraph.words);
      change.lines = PairLines(old_paragraph, new_paragraph);
    } else if (!same_breaks) {
      change.status = ParagraphStatus::kRebroken;
      change.lines = PairLines(old_paragraph, new_paragraph);
    } else {
      change.status = change.pages_changed ? ParagraphStatus::kMoved : ParagraphStatus::kUnchanged;
    }
    return change;
  }

  bool PagesChanged(const Paragraph& old_paragraph, const Paragraph& new_paragraph,
                    bool same_breaks) const {
    if (same_breaks) {
      for (size_t k = 0; k < old_paragraph.line_count; ++k) {
        if (LineBefore(old_paragraph, k).page != LineAfter(new_paragraph, k).page) return true;
      }
      return false;
    }
    size_t last_old = old_paragraph.line_count - 1, last_new = new_paragraph.line_count - 1;
    return LineBefore(old_paragraph, 0).page != LineAfter(new_paragraph, 0).page ||
           LineBefore(old_paragraph, last_old).page != LineAfter(new_paragraph, last_new).page;
  }

  // Rows of the side-by-side view: lines with the same text share a row.
  std::vector<ParagraphChange::LinePair> PairLines(const Paragraph& old_paragraph,
                                                   const Paragraph& new_paragraph) const {
    std::vector<SequenceMatch> matches =
        MatchSequences(old_paragraph.line_count, new_paragraph.line_count, [&](size_t i, size_t j) {
          return LineBefore(old_paragraph, i).text == LineAfter(new_paragraph, j).text;
        });
    std::vector<ParagraphChange::LinePair> rows;
    size_t i = 0, j = 0;
    auto old_line = [&](size_t k) { return static_cast<int>(old_paragraph.first_line + k); };
    auto new_line = [&](size_t k) { return static_cast<int>(new_paragraph.first_line + k); };
    // Changed lines pair up in order; the longer side's extra lines stand alone.
    auto emit_until = [&](size_t old_end, size_t new_end) {
      while (i < old_end || j < new_end) {
        rows.push_back({i < old_end ? old_line(i++) : -1, j < new_end ? new_line(j++) : -1});
      }
    };
    for (const SequenceMatch& match : matches) {
      emit_until(match.before, match.after);
      rows.push_back({old_line(i++), new_line(j++), true});
    }
    emit_until(old_paragraph.line_count, new_paragraph.line_count);
    return rows;
  }

  const RecordLine& LineBefore(const Paragraph& paragraph, size_t k) const {
    return before_.lines[paragraph.first_line + k];
  }
  const RecordLine& LineAfter(const Paragraph& paragraph, size_t k) const {
    return after_.lines[paragraph.first_line + k];
  }

  const Record& before_;
  const Record& after_;
  const std::vector<Paragraph>& old_;
  const std::vector<Paragraph>& new_;
  std::vector<ParagraphChange> changes_;
};

}  // namespace

std::vector<ParagraphChange> AlignParagraphs(const Record& before,
                                             const std::vector<Paragraph>& before_paragraphs,
                                             const Record& after,
                                             const std::vector<Paragraph>& after_paragraphs) {
  return Aligner(before, before_paragraphs, after, after_paragraphs).Run();
}

}  // namespace galley::proof
