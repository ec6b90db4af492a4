#include "clean/paragraph_join.h"

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "clean/clean_rules.h"
#include "typography/characters.h"

namespace galley {
namespace {

// How many words of each side a join's report shows.
constexpr int kWordsShown = 5;

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

// The last code point of `text`, spaces skipped, and the one before it.
std::vector<char32_t> LastTwo(std::string_view text) {
  std::vector<CodePoint> cps = DecodeCodePoints(text);
  while (!cps.empty() && IsSpaceCharacter(cps.back().value)) cps.pop_back();
  std::vector<char32_t> last;
  for (size_t i = cps.size() >= 2 ? cps.size() - 2 : 0; i < cps.size(); ++i) {
    last.push_back(cps[i].value);
  }
  return last;
}

bool IsHyphenatedWordEnd(std::string_view paragraph, std::string_view continuation) {
  std::vector<char32_t> last = LastTwo(paragraph);
  if (last.size() < 2 || last[1] != '-' || !u_isalpha(static_cast<UChar32>(last[0]))) {
    return false;
  }
  size_t offset = 0;
  return !continuation.empty() &&
         u_islower(static_cast<UChar32>(DecodeUtf8(continuation, &offset)));
}

// The next block after `i` that is not a page marker.
size_t NextTextBlock(const std::vector<Block>& blocks, size_t i) {
  size_t next = i + 1;
  while (next < blocks.size() && blocks[next].kind == BlockKind::kPageMarker) ++next;
  return next;
}

}  // namespace

bool EndsComplete(std::string_view text) {
  std::vector<char32_t> last = LastTwo(text);
  if (last.empty()) return true;
  static const std::u32string_view kEnders = U".!?:;\u2026'\"\u2019\u201D\u00BB)]}";
  return kEnders.find(last.back()) != std::u32string_view::npos;
}

void AppendContinuation(std::string_view rule, InlineText continuation, InlineText* paragraph,
                        Review* review) {
  if (!IsHyphenatedWordEnd(paragraph->text, continuation.text)) {
    paragraph->Append(" ", continuation);
    return;
  }
  review->doubts.push_back({std::string(rule), continuation.LineAt(0),
                            std::string(LastWords(paragraph->text, 1)) +
                                std::string(FirstWords(continuation.text, 1)),
                            "a word hyphenated across a break, joined keeping its hyphen: "
                            "remove the hyphen with a correction if the word has none"});
  paragraph->Append("", continuation);
}

void JoinSplitParagraphs(std::vector<Block>* blocks, Review* review) {
  std::vector<Block> out;
  std::vector<Block>& in = *blocks;
  for (size_t i = 0; i < in.size(); ++i) {
    out.push_back(std::move(in[i]));
    Block& paragraph = out.back();
    if (paragraph.kind != BlockKind::kParagraph) continue;
    size_t next;
    while ((next = NextTextBlock(in, i)) < in.size() &&
           in[next].kind == BlockKind::kParagraph && !EndsComplete(paragraph.text.text)) {
      InlineText continuation = std::move(in[next].text);
      std::string note = "joined with line " + std::to_string(in[next].line);
      for (size_t marker = i + 1; marker < next; ++marker) {
        continuation.AddMark({0, MarkKind::kPageBreak, 0, in[marker].label});
        note += "; page " + in[marker].label + " begins inside the paragraph";
      }
      std::string end = "\u2026" + std::string(LastWords(paragraph.text.text, kWordsShown));
      std::string start = std::string(FirstWords(continuation.text, kWordsShown)) + "\u2026";
      int line = paragraph.text.LineAt(paragraph.text.text.size());
      AppendContinuation(rule::kPageJoin, continuation, &paragraph.text, review);
      review->changes.push_back({std::string(rule::kPageJoin), line, end + " | " + start,
                                 end + " " + start, note});
      i = next;
    }
  }
  *blocks = std::move(out);
}

}  // namespace galley
