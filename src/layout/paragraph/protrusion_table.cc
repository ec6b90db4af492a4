#include "layout/paragraph/protrusion_table.h"

#include <charconv>
#include <vector>

#include "base/utf8.h"

namespace galley::layout {

namespace {

struct Field {
  std::string_view text;
  int column = 1;
};

std::vector<Field> Fields(std::string_view line) {
  std::vector<Field> fields;
  size_t at = 0;
  while (at < line.size()) {
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
    if (at >= line.size() || line[at] == '#') break;
    size_t end = at;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
    fields.push_back({line.substr(at, end - at), static_cast<int>(at) + 1});
    at = end;
  }
  return fields;
}

// "." or "U+2014": the character, or 0 if the field is neither one character nor U+hex.
char32_t CharacterOf(std::string_view field) {
  if (field.size() > 2 && (field[0] == 'U' || field[0] == 'u') && field[1] == '+') {
    unsigned value = 0;
    auto [stop, error] = std::from_chars(field.data() + 2, field.data() + field.size(), value, 16);
    if (error != std::errc() || stop != field.data() + field.size()) return 0;
    return static_cast<char32_t>(value);
  }
  size_t next = 0;
  char32_t c = DecodeUtf8(field, &next);
  return next == field.size() ? c : 0;
}

bool Thousandths(std::string_view field, double* value) {
  auto [stop, error] = std::from_chars(field.data(), field.data() + field.size(), *value);
  return error == std::errc() && stop == field.data() + field.size() && *value >= 0 &&
         *value <= 1000;
}

}  // namespace

Result<ProtrusionTable> ProtrusionTable::Parse(std::string_view text, const std::string& file) {
  ProtrusionTable table;
  int number = 0;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    ++number;
    begin = end + 1;
    std::vector<Field> fields = Fields(line);
    if (fields.empty()) continue;
    auto error = [&](int column, const std::string& message) {
      Error e = InputError(SourceLocation{file, {number, column}}, message,
                           "write a character (or U+XXXX) and two amounts in thousandths of "
                           "its width, left then right, e.g. \". 0 700\"");
      e.source_line = std::string(line);
      return e;
    };
    if (fields.size() != 3) return error(fields[0].column, "expected three fields");
    char32_t c = CharacterOf(fields[0].text);
    if (c == 0) return error(fields[0].column, "'" + std::string(fields[0].text) +
                                                   "' is not one character or U+XXXX");
    Amounts amounts;
    for (int side = 0; side < 2; ++side) {
      double* value = side == 0 ? &amounts.left : &amounts.right;
      if (!Thousandths(fields[side + 1].text, value)) {
        return error(fields[side + 1].column, "'" + std::string(fields[side + 1].text) +
                                                  "' is not a number from 0 to 1000");
      }
      *value /= 1000;
    }
    if (table.amounts_.count(c) > 0) return error(fields[0].column, "listed twice");
    table.amounts_[c] = amounts;
  }
  return table;
}

double ProtrusionTable::Left(char32_t c) const {
  auto it = amounts_.find(c);
  return it == amounts_.end() ? 0 : it->second.left;
}

double ProtrusionTable::Right(char32_t c) const {
  auto it = amounts_.find(c);
  return it == amounts_.end() ? 0 : it->second.right;
}

Hang HangOf(const ProtrusionTable& table, std::string_view text, const shaping::ShapedRun& run,
            uint32_t begin, uint32_t end) {
  Hang hang;
  if (table.empty() || begin >= end) return hang;
  const shaping::Glyph* first = nullptr;
  const shaping::Glyph* last = nullptr;
  for (const shaping::Glyph& glyph : run.glyphs) {
    if (glyph.cluster < begin || glyph.cluster >= end) continue;
    if (first == nullptr) first = &glyph;
    last = &glyph;
  }
  if (first == nullptr) return hang;
  size_t at = begin;
  hang.left = table.Left(DecodeUtf8(text, &at)) * first->x_advance;
  uint32_t final_start = end - 1;
  while (final_start > begin && (static_cast<unsigned char>(text[final_start]) & 0xC0) == 0x80) {
    --final_start;
  }
  // The last glyph shows the last character unless a ligature took it into an earlier one.
  if (last->cluster == final_start || last == first) {
    at = final_start;
    hang.right = table.Right(DecodeUtf8(text, &at)) * last->x_advance;
  }
  return hang;
}

void ProtrusionTable::Scale(double factor) {
  for (auto& [c, amounts] : amounts_) {
    amounts.left *= factor;
    amounts.right *= factor;
  }
}

}  // namespace galley::layout
