#include "clean/inline_markup.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "clean/clean_rules.h"
#include "typography/characters.h"

namespace galley {
namespace {

// A tag or an underscore in one of the paragraph's lines.
struct Delimiter {
  size_t line = 0;   // index into the paragraph's lines
  size_t begin = 0;  // byte range in that line
  size_t end = 0;
  bool closing = false;
  bool strong = false;
  std::string name;  // "i", "u", "em", "b", "strong", or "_"
  bool either = false;  // may open or close: closes when one of its name is open
};

std::optional<Delimiter> TagAt(std::string_view line, size_t at) {
  static const char* const kNames[] = {"u", "i", "em", "b", "strong"};
  size_t close = line.find('>', at);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view inside = line.substr(at + 1, close - at - 1);
  bool closing = !inside.empty() && inside[0] == '/';
  if (closing) inside.remove_prefix(1);
  std::string name;
  for (char c : inside) {
    name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  for (const char* known : kNames) {
    if (name == known) return Delimiter{0, at, close + 1, closing, name == "b" || name == "strong",
                                        name};
  }
  return std::nullopt;
}

bool IsAsciiPunctuation(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }

// The code point before and after byte `at` of `line` (0 at either end).
char32_t Before(std::string_view line, size_t at) {
  if (at == 0) return 0;
  size_t start = at - 1;
  while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) --start;
  size_t offset = start;
  return DecodeUtf8(line, &offset);
}
char32_t After(std::string_view line, size_t at) {
  if (at + 1 >= line.size()) return 0;
  size_t offset = at + 1;
  return DecodeUtf8(line, &offset);
}

bool IsBlankOrEnd(char32_t c) { return c == 0 || IsSpaceCharacter(c); }

bool IsPunctuation(char32_t c) {
  return c != 0 && (u_ispunct(static_cast<UChar32>(c)) || (c < 0x80 && std::ispunct(static_cast<int>(c))));
}

// Project Gutenberg's italics, read as CommonMark reads `_` (CommonMark 0.30, 6.2): an
// underscore opens before a word and closes after one; one inside a word is text; between
// punctuation it may do either, and closes when an underscore is open.
std::optional<Delimiter> UnderscoreAt(std::string_view line, size_t at) {
  char32_t before = Before(line, at);
  char32_t after = After(line, at);
  if (before == '_' || after == '_') return std::nullopt;
  bool left = !IsBlankOrEnd(after) &&
              (!IsPunctuation(after) || IsBlankOrEnd(before) || IsPunctuation(before));
  bool right = !IsBlankOrEnd(before) &&
               (!IsPunctuation(before) || IsBlankOrEnd(after) || IsPunctuation(after));
  bool opens = left && (!right || IsPunctuation(before));
  bool closes = right && (!left || IsPunctuation(after));
  if (!opens && !closes) return std::nullopt;
  Delimiter d{0, at, at + 1, closes, false, "_"};
  d.either = opens && closes;
  return d;
}

std::vector<Delimiter> FindDelimiters(const std::vector<const SourceLine*>& lines,
                                      MarkupStyle style) {
  std::vector<Delimiter> found;
  if (style == MarkupStyle::kPlain) return found;
  for (size_t l = 0; l < lines.size(); ++l) {
    std::string_view text = lines[l]->text;
    for (size_t at = 0; at < text.size(); ++at) {
      if (text[at] == '\\' && at + 1 < text.size() && IsAsciiPunctuation(text[at + 1])) {
        ++at;
        continue;
      }
      std::optional<Delimiter> d;
      if (text[at] == '<') d = TagAt(text, at);
      if (text[at] == '_' && style == MarkupStyle::kGutenberg) d = UnderscoreAt(text, at);
      if (!d) continue;
      d->line = l;
      at = d->end - 1;
      found.push_back(*d);
    }
  }
  return found;
}

// Pairs each opening delimiter with the next closing one of the same name (they do not nest in
// practice); returns the paired ones in order and puts the rest in `unpaired`.
std::vector<Delimiter> Pair(const std::vector<Delimiter>& delimiters,
                            std::vector<Delimiter>* unpaired) {
  std::vector<Delimiter> paired;
  std::vector<Delimiter> open;
  for (Delimiter d : delimiters) {
    bool can_close = !open.empty() && open.back().name == d.name;
    if (d.either) d.closing = can_close;
    if (!d.closing) {
      open.push_back(d);
    } else if (can_close) {
      paired.push_back(open.back());
      paired.push_back(d);
      open.pop_back();
    } else {
      unpaired->push_back(d);
    }
  }
  unpaired->insert(unpaired->end(), open.begin(), open.end());
  std::sort(paired.begin(), paired.end(), [](const Delimiter& a, const Delimiter& b) {
    return a.line != b.line ? a.line < b.line : a.begin < b.begin;
  });
  return paired;
}

MarkKind KindOf(const Delimiter& d) {
  if (d.strong) return d.closing ? MarkKind::kStrongClose : MarkKind::kStrongOpen;
  return d.closing ? MarkKind::kEmphasisClose : MarkKind::kEmphasisOpen;
}

// The source text from `open` to `close`, lines joined with a space: what the report shows.
std::string SourceSpan(const std::vector<const SourceLine*>& lines, const Delimiter& open,
                       const Delimiter& close) {
  if (open.line == close.line) {
    return lines[open.line]->text.substr(open.begin, close.end - open.begin);
  }
  std::string out = lines[open.line]->text.substr(open.begin);
  for (size_t l = open.line + 1; l < close.line; ++l) out += " " + lines[l]->text;
  return out + " " + lines[close.line]->text.substr(0, close.end);
}

// Whether a paragraph ending in `paragraph` continues with `continuation` without a space: a
// word hyphenated at a printed line's end (a letter and a hyphen, then a lower-case letter).
bool JoinsWithoutSpace(std::string_view paragraph, std::string_view continuation,
                       LineBreaks breaks) {
  if (continuation.empty() || breaks == LineBreaks::kAtSpaces) return false;
  // The last two code points: eight bytes hold at least two.
  std::vector<CodePoint> cps =
      DecodeCodePoints(paragraph.substr(paragraph.size() >= 8 ? paragraph.size() - 8 : 0));
  if (cps.size() < 2 || cps.back().value != '-' ||
      !u_isalpha(static_cast<UChar32>(cps[cps.size() - 2].value))) {
    return false;
  }
  size_t offset = 0;
  return u_islower(static_cast<UChar32>(DecodeUtf8(continuation, &offset)));
}

class ParagraphReader {
 public:
  ParagraphReader(const std::vector<const SourceLine*>& lines, std::vector<Delimiter> paired,
                  LineBreaks breaks, Review* review)
      : lines_(lines), paired_(std::move(paired)), breaks_(breaks), review_(review) {}

  InlineText Read() {
    for (size_t l = 0; l < lines_.size(); ++l) {
      InlineText line = ReadLine(l);
      // What opened in this line moves to where the line starts in the paragraph.
      size_t base = 0;
      if (l > 0) {
        base = out_.text.size() + (JoinsWithoutSpace(out_.text, line.text, breaks_) ? 0 : 1);
      }
      for (Opened& o : opened_) {
        if (o.in_line) o.offset += base;
        o.in_line = false;
      }
      if (l == 0) {
        out_ = std::move(line);
      } else {
        out_.Append(JoinsWithoutSpace(out_.text, line.text, breaks_) ? "" : " ", line);
      }
    }
    return std::move(out_);
  }

 private:
  struct Opened {
    Delimiter delimiter;
    size_t offset;  // in the line being read while in_line, then in out_
    bool in_line;
  };

  InlineText ReadLine(size_t l) {
    const SourceLine& source = *lines_[l];
    std::string_view text = source.text;
    size_t first = text.find_first_not_of(" \t");
    size_t last = text.find_last_not_of(" \t") + 1;
    InlineText out;
    out.AddMark({0, MarkKind::kLineStart, source.number, {}});
    for (size_t i = first; i < last;) {
      MarkProtected(source, i, &out);
      if (next_ < paired_.size() && paired_[next_].line == l && paired_[next_].begin == i) {
        const Delimiter& d = paired_[next_++];
        out.AddMark({out.text.size(), KindOf(d), 0, {}});
        if (d.closing) {
          Close(d, out.text);
        } else {
          opened_.push_back({d, out.text.size(), true});
        }
        i = d.end;
      } else if (text[i] == '\\' && i + 1 < last && IsAsciiPunctuation(text[i + 1])) {
        out.text.push_back(text[i + 1]);
        i += 2;
      } else {
        out.text.push_back(text[i]);
        ++i;
      }
    }
    MarkProtected(source, text.size() + 1, &out);
    protected_next_ = 0;
    return out;
  }

  // Marks where the text of a correction begins or ends, for the source bytes read before `i`
  // (a boundary inside a tag or an escape lands after it).
  void MarkProtected(const SourceLine& source, size_t i, InlineText* out) {
    while (protected_next_ < 2 * source.corrected.size()) {
      const ByteRange& range = source.corrected[protected_next_ / 2];
      bool opens = protected_next_ % 2 == 0;
      if ((opens ? range.begin : range.end) > i) return;
      out->AddMark({out->text.size(), opens ? MarkKind::kProtectedOpen : MarkKind::kProtectedClose,
                    0, {}});
      ++protected_next_;
    }
  }

  void Close(const Delimiter& close, std::string_view line_text) {
    auto open = std::find_if(opened_.rbegin(), opened_.rend(), [&](const Opened& o) {
      return o.delimiter.name == close.name;
    });
    std::string plain(line_text);
    if (open->in_line) {
      plain = plain.substr(open->offset);
    } else {
      plain = out_.text.substr(open->offset) +
              (JoinsWithoutSpace(out_.text, line_text, breaks_) ? "" : " ") + plain;
    }
    std::string marker = close.strong ? "**" : "*";
    review_->changes.push_back({std::string(rule::kEmphasis),
                                lines_[open->delimiter.line]->number,
                                SourceSpan(lines_, open->delimiter, close),
                                marker + plain + marker, {}});
    opened_.erase(std::next(open).base());
  }

  const std::vector<const SourceLine*>& lines_;
  std::vector<Delimiter> paired_;
  LineBreaks breaks_;
  Review* review_;
  size_t next_ = 0;
  size_t protected_next_ = 0;
  std::vector<Opened> opened_;
  InlineText out_;
};

}  // namespace

InlineText ParseParagraph(const std::vector<const SourceLine*>& lines, MarkupStyle style,
                          LineBreaks breaks, Review* review) {
  std::vector<Delimiter> unpaired;
  std::vector<Delimiter> paired = Pair(FindDelimiters(lines, style), &unpaired);
  for (const Delimiter& d : unpaired) {
    const SourceLine& line = *lines[d.line];
    review->doubts.push_back({std::string(rule::kEmphasis), line.number,
                              line.text.substr(d.begin, d.end - d.begin),
                              d.name == "_" ? "an underscore without its partner, kept as text"
                                            : "a tag without its partner, kept as text"});
  }
  return ParagraphReader(lines, std::move(paired), breaks, review).Read();
}

InlineText ParseOcrLine(const SourceLine& line, Review* review) {
  return ParseParagraph({&line}, MarkupStyle::kOcr, LineBreaks::kPrinted, review);
}

void AppendContinuation(InlineText continuation, InlineText* paragraph) {
  std::string_view separator =
      JoinsWithoutSpace(paragraph->text, continuation.text, LineBreaks::kPrinted) ? "" : " ";
  paragraph->Append(separator, continuation);
}

}  // namespace galley
