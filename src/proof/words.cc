#include "proof/words.h"

#include <algorithm>
#include <cctype>

namespace galley::proof {

namespace {

// The hyphens a word may be written with: HYPHEN-MINUS, U+2010 HYPHEN, U+2011 NON-BREAKING
// HYPHEN. Returns the byte length of the one at text[i], or 0.
size_t HyphenAt(std::string_view text, size_t i) {
  if (text[i] == '-') return 1;
  if (text.substr(i, 2) == "\xE2\x80" && i + 2 < text.size() &&
      (text[i + 2] == '\x90' || text[i + 2] == '\x91')) {
    return 3;
  }
  return 0;
}

// Dashes (U+2013 EN, U+2014 EM, U+2015 HORIZONTAL BAR) and the slash: a line may end right
// after one, so each is a word of its own. Returns the byte length of the one at text[i], or 0.
size_t SeparatorAt(std::string_view text, size_t i) {
  if (text[i] == '/') return 1;
  if (text.substr(i, 2) == "\xE2\x80" && i + 2 < text.size() &&
      (text[i + 2] == '\x93' || text[i + 2] == '\x94' || text[i + 2] == '\x95')) {
    return 3;
  }
  return 0;
}

// The line's words and separators, in order.
std::vector<std::string_view> SplitTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t begin = 0;
  auto flush = [&](size_t end) {
    if (end > begin) tokens.push_back(text.substr(begin, end - begin));
  };
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '\t') {
      flush(i);
      begin = ++i;
    } else if (size_t length = SeparatorAt(text, i)) {
      flush(i);
      tokens.push_back(text.substr(i, length));
      begin = i += length;
    } else {
      ++i;
    }
  }
  flush(text.size());
  return tokens;
}

bool Contains(const std::vector<uint32_t>& sorted, uint32_t value) {
  return std::binary_search(sorted.begin(), sorted.end(), value);
}

// Every written hyphen of `a` stands where `b` has a written or a break hyphen.
bool HyphensCovered(const Word& a, const Word& b) {
  for (uint32_t offset : a.written) {
    if (!Contains(b.written, offset) && !Contains(b.at_break, offset)) return false;
  }
  return true;
}

}  // namespace

std::string Word::Display() const {
  std::string out;
  size_t next = 0;
  for (uint32_t offset : written) {
    out.append(bare, next, offset - next).append("-");
    next = offset;
  }
  out.append(bare, next);
  return out;
}

bool SameWord(const Word& a, const Word& b) {
  return a.bare == b.bare && HyphensCovered(a, b) && HyphensCovered(b, a);
}

void WordCollector::AddLine(std::string_view text, bool hyphenated, bool more) {
  std::vector<std::string_view> tokens = SplitTokens(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view token = tokens[i];
    if (joining_) {
      // A hyphenator breaks words between lower-case letters; a hyphen before a capital or a
      // digit ("anti-" + "Stalinist", "1914-" + "18") was written.
      bool written = std::isupper(static_cast<unsigned char>(token[0])) ||
                     std::isdigit(static_cast<unsigned char>(token[0]));
      std::vector<uint32_t>& hyphens = written ? pending_written_ : pending_breaks_;
      hyphens.push_back(static_cast<uint32_t>(pending_.size()));
      joining_ = false;
    } else {
      FinishWord();
    }
    bool last = i + 1 == tokens.size();
    size_t hyphen = 0;
    if (last && hyphenated && more) {
      // The hyphen must end the token: find the start of its final character.
      for (size_t length : {size_t{1}, size_t{3}}) {
        if (token.size() >= length && HyphenAt(token, token.size() - length) == length) {
          hyphen = length;
        }
      }
    }
    AddToken(token.substr(0, token.size() - hyphen));
    if (hyphen > 0) joining_ = true;
  }
  if (!joining_) FinishWord();
}

std::vector<Word> WordCollector::Take() {
  joining_ = false;
  FinishWord();
  return std::move(words_);
}

// Appends a piece of the pending word; hyphens inside the whole word are recorded, not kept.
// A hyphen at the piece's start is inside the word when a piece came before it.
void WordCollector::AddToken(std::string_view token) {
  for (size_t i = 0; i < token.size();) {
    size_t hyphen = HyphenAt(token, i);
    bool inside = hyphen > 0 && (i > 0 || !pending_.empty()) && i + hyphen < token.size();
    if (inside) {
      pending_written_.push_back(static_cast<uint32_t>(pending_.size()));
      i += hyphen;
    } else {
      pending_ += token[i++];
    }
  }
}

void WordCollector::FinishWord() {
  if (pending_.empty() && pending_written_.empty()) {
    pending_breaks_.clear();
    return;
  }
  words_.push_back({std::move(pending_), std::move(pending_written_), std::move(pending_breaks_)});
  pending_.clear();
  pending_written_.clear();
  pending_breaks_.clear();
}

}  // namespace galley::proof
