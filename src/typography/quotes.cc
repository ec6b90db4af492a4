#include "typography/quotes.h"

#include <map>

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "typography/characters.h"

namespace galley {
namespace {

constexpr char32_t kOpenSingle = U'\u2018';
constexpr char32_t kCloseSingle = U'\u2019';  // also the apostrophe
constexpr char32_t kOpenDouble = U'\u201C';
constexpr char32_t kCloseDouble = U'\u201D';

enum class Role { kApostrophe, kOpening, kClosing, kUnsure };

struct OpenQuote {
  char32_t straight;  // '\'' or '"'
  size_t offset;
};

bool IsEnd(char32_t c) { return c == 0 || IsSpaceCharacter(c); }

// The role a straight quote's neighbours give it. `before` is the character before it as
// already decided (so a quote just opened counts as opening punctuation); 0 at either end.
Role RoleFromNeighbours(char32_t before, char32_t after) {
  bool word_before = before != 0 && IsWordCharacter(before);
  bool word_after = after != 0 && IsWordCharacter(after);
  if (word_before && word_after) return Role::kApostrophe;
  if (IsEnd(before) || IsOpeningPunctuation(before)) {
    return IsEnd(after) ? Role::kUnsure : Role::kOpening;
  }
  if (IsDash(before)) return word_after ? Role::kOpening : Role::kClosing;
  return Role::kClosing;
}

char32_t ValueAt(const std::vector<CodePoint>& cps, size_t i) {
  return i < cps.size() ? cps[i].value : 0;
}

// 'tis, 'twas, 'em and decades such as '90s drop letters at a word's start: the mark is an
// apostrophe although it stands where an opening quote would.
bool IsLeadingElision(const std::vector<CodePoint>& cps, size_t quote) {
  std::u32string word;
  for (size_t i = quote + 1; i < cps.size() && IsWordCharacter(cps[i].value); ++i) {
    word.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cps[i].value))));
  }
  if (word == U"tis" || word == U"twas" || word == U"em") return true;
  bool decade = word.size() >= 2 && u_isdigit(static_cast<UChar32>(word[0])) &&
                u_isdigit(static_cast<UChar32>(word[1])) &&
                (word.size() == 2 || (word.size() == 3 && word[2] == U's'));
  return decade;
}

// With a single quote open, is the next single quote after `quote` a closing one? Then the
// s' at `quote` is a possessive inside the quotation, not its end.
bool NextSingleQuoteCloses(const std::vector<CodePoint>& cps, size_t quote) {
  for (size_t i = quote + 1; i < cps.size(); ++i) {
    char32_t c = cps[i].value;
    if (c == kOpenSingle) return false;
    if (c != '\'' && c != kCloseSingle) continue;
    Role role = RoleFromNeighbours(ValueAt(cps, i - 1), ValueAt(cps, i + 1));
    if (role == Role::kOpening) return false;
    if (role == Role::kClosing) return true;
  }
  return false;
}

class QuoteCurler {
 public:
  explicit QuoteCurler(std::string_view text) : text_(text), cps_(DecodeCodePoints(text)) {}

  TextFix Run() {
    for (size_t i = 0; i < cps_.size(); ++i) Visit(i);
    for (const OpenQuote& quote : open_) {
      doubts_.push_back({quote.offset, "this quote is never closed in its paragraph"});
    }
    return MakeTextFix(text_, std::move(edits_), std::move(doubts_));
  }

 private:
  void Visit(size_t i) {
    char32_t c = cps_[i].value;
    if (c == kOpenSingle || c == kOpenDouble) {
      open_.push_back({c == kOpenSingle ? U'\'' : U'"', cps_[i].offset});
    } else if (c == kCloseDouble) {
      Close(U'"', cps_[i].offset);
    } else if (c == kCloseSingle) {
      bool apostrophe = i > 0 && IsWordCharacter(cps_[i - 1].value) &&
                        IsWordCharacter(ValueAt(cps_, i + 1));
      if (!apostrophe && IsOpen(U'\'')) Close(U'\'', cps_[i].offset);
    } else if (c == '\'' || c == '"') {
      Decide(i, c);
    }
  }

  void Decide(size_t i, char32_t straight) {
    size_t offset = cps_[i].offset;
    char32_t before = i > 0 ? DecidedBefore(i) : 0;
    Role role = RoleFromNeighbours(before, ValueAt(cps_, i + 1));
    if (straight == '\'' && IsApostrophe(i, role, before)) {
      Replace(i, kCloseSingle);
      return;
    }
    if (role == Role::kApostrophe) {
      // A double quote inside a word (5"3): most likely closes something.
      doubts_.push_back({offset, "a double quote inside a word"});
      role = Role::kClosing;
    }
    if (role == Role::kUnsure) {
      doubts_.push_back({offset, "a quote with a space on both sides: is it stray?"});
      role = IsTopOpen(straight) ? Role::kClosing : Role::kOpening;
    }
    if (role == Role::kOpening) {
      if (IsTopOpen(straight)) {
        doubts_.push_back({offset, "a quote opens inside another of the same kind: is a "
                                   "closing quote missing before it?"});
      }
      open_.push_back({straight, offset});
      Replace(i, straight == '\'' ? kOpenSingle : kOpenDouble);
    } else {
      Close(straight, offset);
      Replace(i, straight == '\'' ? kCloseSingle : kCloseDouble);
    }
  }

  bool IsApostrophe(size_t i, Role role, char32_t before) const {
    if (role == Role::kApostrophe) return true;
    if (role == Role::kOpening) return IsLeadingElision(cps_, i);
    if (role != Role::kClosing || (before != 's' && before != 'S')) return false;
    return !IsOpen(U'\'') || NextSingleQuoteCloses(cps_, i);
  }

  void Close(char32_t straight, size_t offset) {
    if (IsTopOpen(straight)) {
      open_.pop_back();
      return;
    }
    if (IsOpen(straight)) {
      doubts_.push_back({offset, "this quote closes across a quote of the other kind that "
                                 "is still open"});
      while (open_.back().straight != straight) open_.pop_back();
      open_.pop_back();
      return;
    }
    doubts_.push_back({offset, open_.empty()
                                   ? "a closing quote with no opening quote in its paragraph"
                                   : "a closing quote of the other kind than the open one"});
  }

  bool IsOpen(char32_t straight) const {
    for (const OpenQuote& quote : open_) {
      if (quote.straight == straight) return true;
    }
    return false;
  }
  bool IsTopOpen(char32_t straight) const {
    return !open_.empty() && open_.back().straight == straight;
  }

  char32_t DecidedBefore(size_t i) const {
    auto it = replaced_.find(i - 1);
    return it == replaced_.end() ? cps_[i - 1].value : it->second;
  }

  void Replace(size_t i, char32_t curly) {
    replaced_[i] = curly;
    edits_.push_back({cps_[i].offset, cps_[i].length, EncodeUtf8(curly), {}});
  }

  std::string_view text_;
  std::vector<CodePoint> cps_;
  std::vector<OpenQuote> open_;
  std::map<size_t, char32_t> replaced_;
  std::vector<TextEdit> edits_;
  std::vector<TextDoubt> doubts_;
};

}  // namespace

TextFix CurlQuotes(std::string_view paragraph) { return QuoteCurler(paragraph).Run(); }

}  // namespace galley
