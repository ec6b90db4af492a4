#include "proof/epub_word_diff.h"

#include "base/stable_hash.h"
#include "proof/sequence_diff.h"
#include "proof/word_diff.h"

namespace galley::proof {

namespace {

// A paragraph: words [begin, end) of its document, and a hash of them.
struct Span {
  size_t begin = 0, end = 0;
  uint64_t key = 0;
};

std::vector<Span> Paragraphs(const DocumentText& text) {
  std::vector<Span> spans;
  for (size_t i = 0; i < text.words.size(); ++i) {
    if (spans.empty() || text.places[i].paragraph != text.places[i - 1].paragraph) {
      spans.push_back({i, i, 0xcbf29ce484222325ULL});
    }
    Span& span = spans.back();
    span.end = i + 1;
    // A separator no word holds keeps "a b" + "c" apart from "a" + "b c".
    span.key = Fnv1a64(text.words[i].bare, Fnv1a64("\x1f", span.key));
  }
  return spans;
}

bool SameWords(const DocumentText& a, const Span& x, const DocumentText& b, const Span& y) {
  if (x.key != y.key || x.end - x.begin != y.end - y.begin) return false;
  for (size_t i = 0; i < x.end - x.begin; ++i) {
    if (!SameWord(a.words[x.begin + i], b.words[y.begin + i])) return false;
  }
  return true;
}

class DocumentDiff {
 public:
  DocumentDiff(const DocumentText& before, const DocumentText& after)
      : old_(before), new_(after), old_spans_(Paragraphs(before)), new_spans_(Paragraphs(after)) {}

  std::vector<WordChange> Run() {
    std::vector<SequenceMatch> matches =
        MatchSequences(old_spans_.size(), new_spans_.size(), [&](size_t i, size_t j) {
          return SameWords(old_, old_spans_[i], new_, new_spans_[j]);
        });
    size_t b = 0, a = 0;
    for (const SequenceMatch& match : matches) {
      Stretch(b, match.before, a, match.after);
      for (size_t i = old_spans_[match.before].begin; i < old_spans_[match.before].end; ++i) {
        changes_.push_back({WordChange::Kind::kSame, old_.words[i].Display()});
      }
      b = match.before + 1;
      a = match.after + 1;
    }
    Stretch(b, old_spans_.size(), a, new_spans_.size());
    return std::move(changes_);
  }

 private:
  // Paragraphs [b0, b1) before and [a0, a1) after, none of them aligned.
  void Stretch(size_t b0, size_t b1, size_t a0, size_t a1) {
    size_t words = Words(old_spans_, b0, b1) + Words(new_spans_, a0, a1);
    if (words <= kWholeStretchWords) {
      Diff(Begin(old_spans_, b0, b1), End(old_spans_, b0, b1), Begin(new_spans_, a0, a1),
           End(new_spans_, a0, a1));
      return;
    }
    for (; b0 < b1 || a0 < a1; ++b0, ++a0) {
      const Span* x = b0 < b1 ? &old_spans_[b0] : nullptr;
      const Span* y = a0 < a1 ? &new_spans_[a0] : nullptr;
      Diff(x ? x->begin : 0, x ? x->end : 0, y ? y->begin : 0, y ? y->end : 0);
    }
  }

  static size_t Begin(const std::vector<Span>& spans, size_t first, size_t last) {
    return first < last ? spans[first].begin : 0;
  }
  static size_t End(const std::vector<Span>& spans, size_t first, size_t last) {
    return first < last ? spans[last - 1].end : 0;
  }
  static size_t Words(const std::vector<Span>& spans, size_t first, size_t last) {
    return End(spans, first, last) - Begin(spans, first, last);
  }

  // The word diff of words [b0, b1) before and [a0, a1) after.
  void Diff(size_t b0, size_t b1, size_t a0, size_t a1) {
    std::vector<Word> x(old_.words.begin() + static_cast<ptrdiff_t>(b0),
                        old_.words.begin() + static_cast<ptrdiff_t>(b1));
    std::vector<Word> y(new_.words.begin() + static_cast<ptrdiff_t>(a0),
                        new_.words.begin() + static_cast<ptrdiff_t>(a1));
    for (WordChange& change : DiffWords(x, y)) changes_.push_back(std::move(change));
  }

  const DocumentText& old_;
  const DocumentText& new_;
  std::vector<Span> old_spans_, new_spans_;
  std::vector<WordChange> changes_;
};

}  // namespace

std::vector<WordChange> DiffDocumentWords(const DocumentText& before, const DocumentText& after) {
  return DocumentDiff(before, after).Run();
}

}  // namespace galley::proof
