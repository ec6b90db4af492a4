#include "proof/record.h"

#include <cctype>
#include <charconv>
#include <optional>

#include "base/quoted_value.h"
#include "base/utf8.h"
#include "frames/record_reader.h"

namespace galley::proof {

namespace {

constexpr std::string_view kMagic = "# galley layout record";
constexpr const char* kWriteHint =
    "write records with `galley pdf TITLE --record FILE`; docs/layout-record.md gives the format";

// One line of the record being read, with what an error about it needs.
struct LineInput {
  const std::string& path;
  int number = 0;
  std::string_view text;

  // The 1-based code-point column of byte `offset`.
  int ColumnOf(size_t offset) const {
    int column = 1;
    for (size_t i = 0; i < offset && i < text.size();) {
      i += Utf8SequenceLength(static_cast<unsigned char>(text[i]));
      ++column;
    }
    return column;
  }

  Error ErrorAt(size_t offset, std::string message, std::string hint = kWriteHint) const {
    Error error =
        InputError({path, {number, ColumnOf(offset)}}, std::move(message), std::move(hint));
    error.source_line = std::string(text);
    return error;
  }
};

// The columns before the `|`, read left to right: each field is a run of non-space bytes.
class FieldCursor {
 public:
  FieldCursor(std::string_view text, size_t end) : text_(text), end_(end) {}

  // The next field and its offset; empty (at the `|`) when the columns ran out.
  std::string_view Next(size_t* offset) {
    while (pos_ < end_ && text_[pos_] == ' ') ++pos_;
    *offset = pos_;
    size_t begin = pos_;
    while (pos_ < end_ && text_[pos_] != ' ') ++pos_;
    return text_.substr(begin, pos_ - begin);
  }

 private:
  std::string_view text_;
  size_t end_;
  size_t pos_ = 0;
};

bool IsKind(std::string_view kind) {
  if (kind == "p" || kind == "q" || kind == "x") return true;
  return kind.size() == 2 && kind[0] == 'h' && kind[1] >= '1' && kind[1] <= '6';
}

std::optional<int> ParseCount(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

// "+0.164", "-0.248": from_chars takes no leading '+', so the sign is read here.
std::optional<double> ParseRatio(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0]))) return std::nullopt;
  double value = 0;
  auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return negative ? -value : value;
}

Status ParseFlags(const LineInput& input, std::string_view flags, size_t offset, RecordLine* line) {
  if (flags == "-") return Status::Ok();
  for (size_t i = 0; i < flags.size(); ++i) {
    bool* flag = flags[i] == 'h'   ? &line->hyphenated
                 : flags[i] == 'o' ? &line->overfull
                 : flags[i] == 'u' ? &line->underfull
                                   : nullptr;
    if (flag == nullptr || *flag) {
      return input.ErrorAt(
          offset + i,
          (flag ? "repeated flag '" : "unknown flag '") + std::string(flags.substr(i, 1)) + "'",
          "flags are '-' or some of h (hyphen), o (overfull), u (underfull)");
    }
    *flag = true;
  }
  return Status::Ok();
}

Result<RecordLine> ParseLine(const LineInput& input) {
  size_t bar = input.text.find('|');
  if (bar == std::string_view::npos) {
    return input.ErrorAt(0, "a typeset line needs '|' between its columns and its text");
  }
  RecordLine line;
  line.record_line = input.number;
  FieldCursor fields(input.text, bar);
  size_t offset = 0;
  auto next = [&](const char* name) -> Result<std::string_view> {
    std::string_view field = fields.Next(&offset);
    if (field.empty()) return input.ErrorAt(offset, std::string("missing the ") + name + " column");
    return field;
  };

  Result<std::string_view> page = next("page");
  if (!page.ok()) return page.take_error();
  line.page = std::string(*page);

  Result<std::string_view> source = next("line");
  if (!source.ok()) return source.take_error();
  std::optional<int> source_line = ParseCount(*source);
  if (!source_line) {
    return input.ErrorAt(offset, "the manuscript line '" + ClipForMessage(*source) +
                                     "' is not a whole number (0 or more)");
  }
  line.source_line = *source_line;

  Result<std::string_view> kind = next("kind");
  if (!kind.ok()) return kind.take_error();
  if (!IsKind(*kind)) {
    return input.ErrorAt(offset, "unknown kind '" + ClipForMessage(*kind) + "'",
                         "a kind is p, q, h1 to h6 or x (docs/layout-record.md)");
  }
  line.kind = std::string(*kind);

  Result<std::string_view> ratio_field = next("ratio");
  if (!ratio_field.ok()) return ratio_field.take_error();
  std::optional<double> ratio = ParseRatio(*ratio_field);
  if (!ratio) {
    return input.ErrorAt(
        offset, "the ratio '" + ClipForMessage(*ratio_field) + "' is not a number like +0.164");
  }
  line.ratio = *ratio;

  Result<std::string_view> flags = next("flags");
  if (!flags.ok()) return flags.take_error();
  GALLEY_RETURN_IF_ERROR(ParseFlags(input, *flags, offset, &line));

  std::string_view extra = fields.Next(&offset);
  if (!extra.empty()) {
    return input.ErrorAt(offset, "unexpected '" + ClipForMessage(extra) + "' after the flags",
                         "a typeset line has five columns before '|': page line kind ratio flags");
  }
  std::string_view text = input.text.substr(bar + 1);
  if (!text.empty() && text[0] == ' ') text.remove_prefix(1);
  line.text = std::string(text);
  return line;
}

// "# key: value" → value, when the header line has that key.
std::optional<std::string_view> HeaderValue(std::string_view text, std::string_view key) {
  std::string_view prefix = "# ";
  if (text.substr(0, prefix.size()) != prefix) return std::nullopt;
  text.remove_prefix(prefix.size());
  if (text.substr(0, key.size()) != key || text.substr(key.size(), 2) != ": ") return std::nullopt;
  return text.substr(key.size() + 2);
}

Status ParseHeader(const LineInput& input, Record* record, bool* has_pages) {
  if (auto title = HeaderValue(input.text, "title")) {
    record->title = std::string(*title);
  } else if (auto path = HeaderValue(input.text, "template")) {
    record->template_path = std::string(*path);
  } else if (auto pages = HeaderValue(input.text, "pages")) {
    std::optional<int> count = ParseCount(*pages);
    if (!count) {
      return input.ErrorAt(input.text.size() - pages->size(),
                           "the page count '" + ClipForMessage(*pages) + "' is not a whole number");
    }
    record->pages = *count;
    *has_pages = true;
  }
  return Status::Ok();  // other '#' lines (the column legend, comments) say nothing to compare
}

}  // namespace

Record RecordFromFrames(const frames::DocumentFrames& frames, const std::string& path) {
  Record record;
  record.path = path;
  record.title = frames.title;
  record.template_path = frames.template_path;
  record.pages = static_cast<int>(frames.pages.size());
  for (const frames::PageFrame& page : frames.pages) {
    for (const frames::FrameItem& item : page.items) {
      if (item.kind != frames::FrameItem::Kind::kText) continue;
      const frames::TextLineItem& text = item.text;
      RecordLine line;
      switch (text.role) {
        case frames::Role::kBody:
        case frames::Role::kNote:
          line.kind = "p";
          break;
        case frames::Role::kQuote:
          line.kind = "q";
          break;
        case frames::Role::kHeading:
          line.kind = "h" + std::to_string(text.level);
          break;
        case frames::Role::kTitlePage:
        case frames::Role::kImprint:
        case frames::Role::kContentsEntry:
        case frames::Role::kColophon:
          line.kind = "x";
          break;
        default:
          continue;  // furniture: not in records of the first version
      }
      line.page = page.label.text;
      line.source_line = text.source.begin.line;
      line.paragraph = text.paragraph;
      line.ratio = text.ratio;
      line.hyphenated = text.hyphenated;
      line.overfull = text.overfull;
      line.underfull = text.underfull;
      line.text = text.text;
      record.lines.push_back(std::move(line));
    }
  }
  return record;
}

Result<Record> ParseRecord(std::string_view text, const std::string& path) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (frames::LooksLikeRecord(text)) {
    Result<frames::DocumentFrames> frames = frames::ParseRecord(text, path);
    if (!frames.ok()) return frames.take_error();
    return RecordFromFrames(*frames, path);
  }
  Record record;
  record.path = path;
  bool has_pages = false;
  int number = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view row = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    LineInput input{path, ++number, row};
    if (number == 1 && row != kMagic) {
      return input.ErrorAt(0, "this is not a galley layout record: its first line should be '" +
                                  std::string(kMagic) + "'");
    }
    if (!row.empty() && row[0] == '#') {
      GALLEY_RETURN_IF_ERROR(ParseHeader(input, &record, &has_pages));
      continue;
    }
    if (row.find_first_not_of(' ') == std::string_view::npos) continue;  // a blank line
    Result<RecordLine> line = ParseLine(input);
    if (!line.ok()) return line.take_error();
    record.lines.push_back(std::move(*line));
  }
  if (number == 0) return InputError({path, {}}, "the record is empty", kWriteHint);
  if (!has_pages) {
    return InputError({path, {1, 0}}, "the header has no '# pages: N' line", kWriteHint);
  }
  return record;
}

Result<Record> ReadRecord(const FileSystem& fs, const std::string& path) {
  Result<std::string> text = ReadTextFile(fs, path);
  if (!text.ok()) return text.take_error();
  return ParseRecord(*text, path);
}

}  // namespace galley::proof
