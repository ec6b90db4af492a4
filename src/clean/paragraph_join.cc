#include "clean/paragraph_join.h"

#include <unicode/uchar.h>

#include "clean/clean_rules.h"
#include "clean/inline_markup.h"
#include "clean/words.h"
#include "typography/characters.h"

namespace galley {
namespace {

// How many words of each side a join's report shows.
constexpr int kWordsShown = 5;
// A line in capitals this long or shorter reads as a heading; longer, as shouted text.
constexpr size_t kLongestCapitalLine = 60;
// A signature is a name: a few capitalised words.
constexpr size_t kMostSignatureWords = 4;
constexpr size_t kLongestSignature = 40;

std::string_view LastWords(std::string_view text, int count) {
  size_t at = text.size();
  for (int i = 0; i < count && at != std::string_view::npos && at > 0; ++i) {
    at = text.rfind(' ', at - 1);
  }
  return at == std::string_view::npos || at == 0 ? text : text.substr(at + 1);
}

std::string_view FirstWords(std::string_view text, int count) {
  size_t at = 0;
  for (int i = 0; i < count; ++i) {
    at = text.find(' ', at + 1);
    if (at == std::string_view::npos) return text;
  }
  return text.substr(0, at);
}

// The last code point of `text`, spaces skipped; 0 for none.
char32_t LastCharacter(std::string_view text) {
  size_t end = text.find_last_not_of(" \t");
  if (end == std::string_view::npos) return 0;
  size_t start = end;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  std::vector<CodePoint> cps = DecodeCodePoints(text.substr(start, end - start + 1));
  return cps.empty() ? 0 : cps.back().value;
}

bool IsInCapitals(const std::vector<CodePoint>& cps) {
  int letters = 0;
  for (const CodePoint& cp : cps) {
    UChar32 c = static_cast<UChar32>(cp.value);
    if (!u_isalpha(c)) continue;
    if (u_islower(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

bool IsSignature(std::string_view text, size_t length) {
  char32_t last = LastCharacter(text);
  if (length > kLongestSignature || last == '.' || last == '!' || last == '?') return false;
  std::vector<WordSpan> words = FindWords(text);
  if (words.empty() || words.size() > kMostSignatureWords) return false;
  for (const WordSpan& span : words) {
    WordCase word_case = CaseOf(text.substr(span.offset, span.length));
    if (word_case == WordCase::kLower) return false;
  }
  return true;
}

// Whether a paragraph is one source line that reads as a heading or a signature.
bool IsHeadingLikeBlock(const Block& block) {
  int lines = 0;
  for (const Mark& mark : block.text.marks) lines += mark.kind == MarkKind::kLineStart ? 1 : 0;
  return lines <= 1 && IsHeadingLike(block.text.text);
}

// A verse line ends without a full stop, and a quotation's paragraph is not continued outside
// it, so a paragraph joins only one in the same quotation (or in none), and never verse.
bool Joins(const Block& paragraph, const Block& next) {
  return next.kind == BlockKind::kParagraph && paragraph.quotation == next.quotation &&
         !paragraph.verse && !EndsComplete(paragraph.text.text) &&
         !IsHeadingLikeBlock(paragraph) && !IsHeadingLikeBlock(next);
}

// The next block after `i` that is not a page marker.
size_t NextTextBlock(const std::vector<Block>& blocks, size_t i) {
  size_t next = i + 1;
  while (next < blocks.size() && blocks[next].kind == BlockKind::kPageMarker) ++next;
  return next;
}

}  // namespace

bool EndsComplete(std::string_view text) {
  char32_t last = LastCharacter(text);
  if (last == 0) return true;
  // Closing quotes of every language: English ’ ”, German “ ‘ and « ‹ (»…«), French » ›,
  // Polish and Hungarian ”, and „ for sources that set it at both ends.
  static const std::u32string_view kEnders =
      U".!?:;\u2026'\"\u2019\u201D\u201C\u2018\u201E\u201A\u00BB\u00AB\u203A\u2039)]}";
  return kEnders.find(last) != std::u32string_view::npos;
}

bool IsHeadingLike(std::string_view text) {
  std::vector<CodePoint> cps = DecodeCodePoints(text);
  char32_t last = LastCharacter(text);
  bool continues = last == ',' || last == '-' || last == ';';
  if (cps.size() <= kLongestCapitalLine && !continues && IsInCapitals(cps)) return true;
  return IsSignature(text, cps.size());
}

void JoinSplitParagraphs(std::vector<Block>* blocks, Review* review) {
  std::vector<Block> out;
  out.reserve(blocks->size());
  std::vector<Block>& in = *blocks;
  for (size_t i = 0; i < in.size(); ++i) {
    out.push_back(std::move(in[i]));
    Block& paragraph = out.back();
    if (paragraph.kind != BlockKind::kParagraph) continue;
    size_t next;
    while ((next = NextTextBlock(in, i)) < in.size() && Joins(paragraph, in[next])) {
      InlineText continuation = std::move(in[next].text);
      std::string note = "joined with line " + std::to_string(in[next].line);
      for (size_t marker = i + 1; marker < next; ++marker) {
        continuation.AddMark({0, MarkKind::kPageBreak, 0, in[marker].label});
        note += "; page " + in[marker].label + " begins inside the paragraph";
      }
      std::string end = "\u2026" + std::string(LastWords(paragraph.text.text, kWordsShown));
      std::string start = std::string(FirstWords(continuation.text, kWordsShown)) + "\u2026";
      int line = paragraph.text.LineAt(paragraph.text.text.size());
      AppendContinuation(std::move(continuation), &paragraph.text);
      review->changes.push_back({std::string(rule::kPageJoin), line, end + " | " + start,
                                 end + " " + start, note});
      i = next;
    }
  }
  *blocks = std::move(out);
}

}  // namespace galley
