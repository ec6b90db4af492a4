#include "clean/inline_markup.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "clean/clean_rules.h"

namespace galley {
namespace {

struct Tag {
  size_t begin = 0;  // byte range of the tag in the line
  size_t end = 0;
  bool closing = false;
  bool strong = false;
  std::string name;
};

std::optional<Tag> TagAt(std::string_view line, size_t at) {
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
    if (name == known) return Tag{at, close + 1, closing, name == "b" || name == "strong", name};
  }
  return std::nullopt;
}

bool IsAsciiPunctuation(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }

// Pairs each opening tag with the next closing tag of the same name (tags in OCR text do not
// nest in practice); returns the tags that are paired, in order.
std::vector<Tag> PairedTags(std::string_view line, std::vector<Tag>* unpaired) {
  std::vector<Tag> tags;
  for (size_t at = line.find('<'); at != std::string_view::npos; at = line.find('<', at + 1)) {
    if (at > 0 && line[at - 1] == '\\') continue;
    if (std::optional<Tag> tag = TagAt(line, at)) tags.push_back(*tag);
  }
  std::vector<Tag> paired;
  std::vector<Tag> open;
  for (const Tag& tag : tags) {
    if (!tag.closing) {
      open.push_back(tag);
    } else if (!open.empty() && open.back().name == tag.name) {
      paired.push_back(open.back());
      paired.push_back(tag);
      open.pop_back();
    } else {
      unpaired->push_back(tag);
    }
  }
  unpaired->insert(unpaired->end(), open.begin(), open.end());
  std::sort(paired.begin(), paired.end(), [](const Tag& a, const Tag& b) {
    return a.begin < b.begin;
  });
  return paired;
}

MarkKind KindOf(const Tag& tag) {
  if (tag.strong) return tag.closing ? MarkKind::kStrongClose : MarkKind::kStrongOpen;
  return tag.closing ? MarkKind::kEmphasisClose : MarkKind::kEmphasisOpen;
}

void RecordEmphasis(const SourceLine& line, const Tag& open, const Tag& close,
                    std::string_view plain, Review* review) {
  std::string marker = open.strong ? "**" : "*";
  review->changes.push_back(
      {std::string(rule::kEmphasis), line.number,
       line.text.substr(open.begin, close.end - open.begin),
       marker + std::string(plain) + marker, {}});
}

}  // namespace

InlineText ParseOcrLine(const SourceLine& line, Review* review) {
  std::vector<Tag> unpaired;
  std::vector<Tag> tags = PairedTags(line.text, &unpaired);
  for (const Tag& tag : unpaired) {
    review->doubts.push_back({std::string(rule::kEmphasis), line.number,
                              line.text.substr(tag.begin, tag.end - tag.begin),
                              "a tag without its partner, kept as text"});
  }
  InlineText out;
  out.AddMark({0, MarkKind::kLineStart, line.number, {}});
  struct Opened {
    Tag tag;
    size_t offset;  // in out.text
  };
  std::vector<Opened> opened;
  size_t next_tag = 0;
  for (size_t i = 0; i < line.text.size();) {
    if (next_tag < tags.size() && tags[next_tag].begin == i) {
      const Tag& tag = tags[next_tag++];
      out.AddMark({out.text.size(), KindOf(tag), 0, {}});
      if (!tag.closing) {
        opened.push_back({tag, out.text.size()});
      } else {
        auto open = std::find_if(opened.rbegin(), opened.rend(),
                                 [&](const Opened& o) { return o.tag.name == tag.name; });
        RecordEmphasis(line, open->tag, tag,
                       std::string_view(out.text).substr(open->offset), review);
        opened.erase(std::next(open).base());
      }
      i = tag.end;
    } else if (line.text[i] == '\\' && i + 1 < line.text.size() &&
               IsAsciiPunctuation(line.text[i + 1])) {
      out.text.push_back(line.text[i + 1]);
      i += 2;
    } else {
      out.text.push_back(line.text[i]);
      ++i;
    }
  }
  return out;
}

}  // namespace galley
