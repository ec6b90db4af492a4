#include "typography/quotes.h"

#include <map>
#include <set>

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "typography/characters.h"

namespace galley {
namespace {

constexpr char32_t kOpenSingle = U'\u2018';
constexpr char32_t kCloseSingle = U'\u2019';  // also the apostrophe
constexpr char32_t kOpenDouble = U'\u201C';
constexpr char32_t kCloseDouble = U'\u201D';
constexpr char32_t kOpenGuillemet = U'\u00AB';
constexpr char32_t kCloseGuillemet = U'\u00BB';

// A space that may stand inside French guillemets; the style's own narrow one replaces it.
bool IsInnerSpace(char32_t c) { return c == U' ' || c == U'\u00A0' || c == U'\u202F'; }

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
  QuoteCurler(std::string_view text, const QuoteStyle& style)
      : text_(text), cps_(DecodeCodePoints(text)), style_(style) {}

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
    if (!style_.inner_space.empty() && (c == kOpenGuillemet || c == kCloseGuillemet)) {
      SpaceInside(i, c == kOpenGuillemet, EncodeUtf8(c));
    }
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
      replaced_[i] = kCloseSingle;  // ’ in every style
      edits_.push_back({offset, cps_[i].length, EncodeUtf8(kCloseSingle), {}});
      return;
    }
    if (role == Role::kApostrophe) {
      // A double quote inside a word (5"3): most likely closes something.
      doubts_.push_back({offset, "a double quote inside a word"});
      role = Role::kClosing;
    }
    if (!style_.inner_space.empty() && straight == '"') {
      // French is typed with spaces inside its quotes (" mot "), so a space beside a quote
      // says nothing: the pairing decides.
      role = IsOpen(U'"') ? Role::kClosing : Role::kOpening;
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
    // With no single quote open, a closing one is a word's elided end (German "Mach' dort",
    // Italian "po'"): where the style's closing mark is not the apostrophe, say so.
    if (role == Role::kClosing && !IsOpen(U'\'') && style_.close_single != "\u2019") return true;
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

  // Replaces the straight quote at `i` by the style's mark for `curly` (the English mark,
  // which the role logic keeps seeing).
  void Replace(size_t i, char32_t curly) {
    replaced_[i] = curly;
    if (curly == kOpenDouble || curly == kCloseDouble) {
      bool opening = curly == kOpenDouble;
      std::string_view mark = opening ? style_.open_double : style_.close_double;
      if (!style_.inner_space.empty()) return SpaceInside(i, opening, std::string(mark));
      edits_.push_back({cps_[i].offset, cps_[i].length, std::string(mark), {}});
      return;
    }
    std::string_view mark = curly == kOpenSingle ? style_.open_single : style_.close_single;
    edits_.push_back({cps_[i].offset, cps_[i].length, std::string(mark), {}});
  }

  // Writes `mark` for the quote at `i` with the style's space inside it: the space beside it
  // (after an opening mark, before a closing one) becomes the style's, or the mark brings one.
  void SpaceInside(size_t i, bool opening, std::string mark) {
    size_t beside = opening ? i + 1 : i - 1;
    bool has_space = (opening || i > 0) && IsInnerSpace(ValueAt(cps_, beside));
    if (has_space) {
      if (cps_[beside].value != U'\u202F' && spaced_.insert(beside).second) {
        edits_.push_back({cps_[beside].offset, cps_[beside].length,
                          std::string(style_.inner_space), {}});
      }
    } else {
      mark = opening ? mark + std::string(style_.inner_space)
                     : std::string(style_.inner_space) + mark;
    }
    if (mark != EncodeUtf8(cps_[i].value)) {
      edits_.push_back({cps_[i].offset, cps_[i].length, std::move(mark), {}});
    }
  }

  std::string_view text_;
  std::vector<CodePoint> cps_;
  std::vector<OpenQuote> open_;
  const QuoteStyle& style_;
  std::map<size_t, char32_t> replaced_;
  std::set<size_t> spaced_;  // spaces already given the style's inner space
  std::vector<TextEdit> edits_;
  std::vector<TextDoubt> doubts_;
};

}  // namespace

const std::vector<QuoteStyle>& QuoteStyles() {
  static const std::vector<QuoteStyle> styles = {
      {"english", "\u201C", "\u201D", "\u2018", "\u2019", ""},
      {"german", "\u201E", "\u201C", "\u201A", "\u2018", ""},
      {"german-guillemets", "\u00BB", "\u00AB", "\u203A", "\u2039", ""},
      {"french", "\u00AB", "\u00BB", "\u201C", "\u201D", "\u202F"},
      {"guillemets", "\u00AB", "\u00BB", "\u201C", "\u201D", ""},
  };
  return styles;
}

const QuoteStyle* FindQuoteStyle(std::string_view name) {
  for (const QuoteStyle& style : QuoteStyles()) {
    if (style.name == name) return &style;
  }
  return nullptr;
}

const QuoteStyle& QuoteStyleForLanguage(std::string_view tag) {
  std::string lower;
  for (char c : tag) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  std::string_view primary = std::string_view(lower).substr(0, lower.find('-'));
  std::string_view name = "english";
  if (lower == "de-ch" || lower == "de-li") {
    name = "guillemets";  // Swiss German writes «…», without spaces
  } else if (primary == "de") {
    name = "german";
  } else if (primary == "fr") {
    name = "french";
  } else if (primary == "es" || primary == "it") {
    name = "guillemets";
  }
  return *FindQuoteStyle(name);
}

TextFix CurlQuotesInStyle(std::string_view paragraph, const QuoteStyle& style) {
  return QuoteCurler(paragraph, style).Run();
}

TextFix CurlQuotes(std::string_view paragraph) {
  return CurlQuotesInStyle(paragraph, QuoteStyles().front());
}

}  // namespace galley
