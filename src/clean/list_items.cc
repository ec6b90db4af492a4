#include "clean/list_items.h"

#include <array>

#include "clean/line_rules.h"

namespace galley {
namespace {

enum class MarkerKind { kNone, kBullet, kWeakBullet, kNumberDot, kNumberParen, kLetter, kRoman };

struct Candidate {
  MarkerKind kind = MarkerKind::kNone;
  std::string bullet;  // kBullet, kWeakBullet: the bullet itself
  int number = 0;      // numbered: its number; kLetter: a = 1; kRoman: its value
  int roman = 0;       // a lettered label that is also a roman numeral: its value
  size_t text_start = 0;
};

// The value of a lower-case roman numeral up to 39 ("iv" → 4), or 0.
int RomanValue(std::string_view text) {
  static const std::array<std::string_view, 10> kUnits = {"", "i", "ii", "iii", "iv",
                                                          "v", "vi", "vii", "viii", "ix"};
  int tens = 0;
  while (!text.empty() && text[0] == 'x' && tens < 3) {
    ++tens;
    text.remove_prefix(1);
  }
  for (int unit = 0; unit < 10; ++unit) {
    if (text == kUnits[unit]) return tens * 10 + unit;
  }
  return 0;
}

// The text after a marker: at least one space, then something that is not a space.
size_t TextAfter(std::string_view line, size_t marker_end) {
  if (marker_end >= line.size() || (line[marker_end] != ' ' && line[marker_end] != '\t')) {
    return 0;
  }
  size_t text = line.find_first_not_of(" \t", marker_end);
  return text == std::string_view::npos ? 0 : text;
}

Candidate Bullet(std::string_view line, size_t at) {
  static const std::array<std::string_view, 4> kStrong = {"\u2022", "\u25E6", "\u25AA", "\u2023"};
  for (std::string_view bullet : kStrong) {
    if (line.substr(at, bullet.size()) == bullet) {
      if (size_t text = TextAfter(line, at + bullet.size())) {
        return {MarkerKind::kBullet, std::string(bullet), 0, 0, text};
      }
    }
  }
  if (line[at] == '-' || line[at] == '*') {
    if (size_t text = TextAfter(line, at + 1)) {
      return {MarkerKind::kWeakBullet, std::string(1, line[at]), 0, 0, text};
    }
  }
  return {};
}

Candidate Numbered(std::string_view line, size_t at) {
  size_t end = at;
  int number = 0;
  while (end < line.size() && end - at < 3 && line[end] >= '0' && line[end] <= '9') {
    number = number * 10 + (line[end++] - '0');
  }
  if (end == at || end >= line.size() || (line[end] != '.' && line[end] != ')')) return {};
  size_t text = TextAfter(line, end + 1);
  if (text == 0) return {};
  return {line[end] == '.' ? MarkerKind::kNumberDot : MarkerKind::kNumberParen, {}, number, 0,
          text};
}

Candidate Lettered(std::string_view line, size_t at) {
  if (line[at] != '(') return {};
  size_t close = line.find(')', at);
  if (close == std::string_view::npos || close == at + 1 || close - at > 6) return {};
  std::string_view label = line.substr(at + 1, close - at - 1);
  for (char c : label) {
    if (c < 'a' || c > 'z') return {};
  }
  if (TextAfter(line, close + 1) == 0) return {};
  int roman = RomanValue(label);
  // The label stays in the item's text: the text starts at the marker.
  if (label.size() == 1) return {MarkerKind::kLetter, {}, label[0] - 'a' + 1, roman, at};
  if (roman == 0) return {};
  return {MarkerKind::kRoman, {}, roman, roman, at};
}

Candidate CandidateOf(std::string_view line) {
  size_t at = line.find_first_not_of(" \t");
  if (at == std::string_view::npos) return {};
  Candidate c = Bullet(line, at);
  if (c.kind == MarkerKind::kNone) c = Numbered(line, at);
  if (c.kind == MarkerKind::kNone) c = Lettered(line, at);
  return c;
}

class ListRun {
 public:
  bool active() const { return !items_.empty(); }

  // Whether `c` is the run's next item: the same kind of marker, numbered one more.
  bool Continues(Candidate* c) const {
    if (!active()) return false;
    if (kind_ == MarkerKind::kRoman && c->kind == MarkerKind::kLetter && c->roman != 0) {
      *c = {MarkerKind::kRoman, {}, c->roman, c->roman, c->text_start};
    }
    if (kind_ == MarkerKind::kLetter && c->kind == MarkerKind::kRoman) return false;
    if (c->kind != kind_) return false;
    if (kind_ == MarkerKind::kBullet || kind_ == MarkerKind::kWeakBullet) return c->bullet == bullet_;
    return c->number == next_number_;
  }

  void Start(const Candidate& c, size_t line) {
    items_.clear();
    kind_ = c.kind;
    // "(i)" alone starts a roman list: (a) lists start at (a).
    if (kind_ == MarkerKind::kLetter && c.number != 1 && c.roman == 1) kind_ = MarkerKind::kRoman;
    bullet_ = c.bullet;
    next_number_ = (kind_ == MarkerKind::kRoman ? c.roman : c.number);
    Add(c, line);
  }

  void Add(const Candidate& c, size_t line) {
    items_.push_back({line, c});
    ++next_number_;
  }

  // Writes the run's items into `out` when they make a list, and ends the run.
  void Finish(std::vector<std::optional<ListItemStart>>* out) {
    bool list = items_.size() >= 2 || (items_.size() == 1 && kind_ == MarkerKind::kBullet);
    for (const auto& [line, c] : items_) {
      if (!list) break;
      bool numbered = kind_ == MarkerKind::kNumberDot || kind_ == MarkerKind::kNumberParen;
      (*out)[line] = ListItemStart{numbered, numbered ? c.number : 0, c.text_start};
    }
    items_.clear();
  }

 private:
  MarkerKind kind_ = MarkerKind::kNone;
  std::string bullet_;
  int next_number_ = 0;
  std::vector<std::pair<size_t, Candidate>> items_;
};

}  // namespace

std::vector<std::optional<ListItemStart>> FindListItems(const std::vector<SourceLine>& lines) {
  std::vector<std::optional<ListItemStart>> out(lines.size());
  ListRun run;
  bool after_blank = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& text = lines[i].text;
    if (IsBlank(text) || FolioLabel(text) || IsNoiseLine(text)) {
      after_blank = true;  // a folio between two items is a page break inside the list
      continue;
    }
    if (IsSceneBreakLine(text) || ParseHeadingLine(text)) {
      run.Finish(&out);
      continue;
    }
    Candidate c = CandidateOf(text);
    if (c.kind != MarkerKind::kNone) {
      if (run.Continues(&c)) {
        run.Add(c, i);
      } else {
        run.Finish(&out);
        run.Start(c, i);
      }
    } else if (after_blank) {
      run.Finish(&out);  // a paragraph after the list
    }
    after_blank = false;
  }
  run.Finish(&out);
  return out;
}

}  // namespace galley
