#include "render/pdf_syntax.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace galley::render {

namespace {

// Nested dictionaries and arrays deeper than this are refused rather than recursed into: no
// writer Galley reads nests more than a few levels.
constexpr int kDeepestNesting = 32;

// The three kinds of character (§7.2.2, Tables 1 and 2), looked up in a table: the update
// reads every byte of the long book's 742 page objects, and the table made that a third
// faster than comparing each byte with the eleven special characters.
enum CharKind : uint8_t { kRegular, kWhitespace, kDelimiter };

constexpr std::array<uint8_t, 256> MakeCharKinds() {
  std::array<uint8_t, 256> kinds{};
  for (unsigned char c : {'\0', '\t', '\n', '\f', '\r', ' '}) kinds[c] = kWhitespace;
  for (unsigned char c : {'(', ')', '<', '>', '[', ']', '{', '}', '/', '%'}) kinds[c] = kDelimiter;
  return kinds;
}

CharKind KindOf(char c) {
  static constexpr std::array<uint8_t, 256> kKinds = MakeCharKinds();
  return static_cast<CharKind>(kKinds[static_cast<unsigned char>(c)]);
}

bool IsWhitespace(char c) { return KindOf(c) == kWhitespace; }
bool IsDelimiter(char c) { return KindOf(c) == kDelimiter; }

// Where a regular token (a name's characters, a number, a keyword) that begins at `at` ends.
size_t EndOfToken(std::string_view text, size_t at) {
  while (at < text.size() && KindOf(text[at]) == kRegular) ++at;
  return at;
}

Error Unreadable(size_t at, const std::string& what) {
  return InternalError("unreadable PDF at byte " + std::to_string(at) + ": " + what);
}

Status SkipValue(std::string_view text, size_t& at, int depth);

Status SkipLiteralString(std::string_view text, size_t& at) {  // §7.3.4.2: balanced parentheses
  const size_t start = at;
  int open = 0;
  do {
    if (at >= text.size()) return Unreadable(start, "a string that never ends");
    char c = text[at++];
    if (c == '\\') {
      ++at;  // the escaped character, whatever it is, never opens or closes the string
    } else if (c == '(') {
      ++open;
    } else if (c == ')') {
      --open;
    }
  } while (open > 0);
  return Status::Ok();
}

Status SkipArray(std::string_view text, size_t& at, int depth) {
  ++at;  // "["
  for (;;) {
    SkipPdfWhitespace(text, at);
    if (at >= text.size()) return Unreadable(at, "an array that never ends");
    if (text[at] == ']') {
      ++at;
      return Status::Ok();
    }
    GALLEY_RETURN_IF_ERROR(SkipValue(text, at, depth + 1));
  }
}

// A nested dictionary, skipped without keeping its entries: its keys and values are all
// values to skip until its ">>".
Status SkipDictionary(std::string_view text, size_t& at, int depth) {
  at += 2;  // "<<"
  for (;;) {
    SkipPdfWhitespace(text, at);
    if (at >= text.size()) return Unreadable(at, "a dictionary that never ends");
    if (text.substr(at, 2) == ">>") {
      at += 2;
      return Status::Ok();
    }
    GALLEY_RETURN_IF_ERROR(SkipValue(text, at, depth + 1));
  }
}

// A number, or a reference "12 0 R" taken whole so that a dictionary's key/value pairs stay
// in step.
Status SkipNumberOrReference(std::string_view text, size_t& at) {
  const size_t start = at;
  at = EndOfToken(text, at);
  if (at == start) return Unreadable(start, "unexpected \"" + std::string(1, text[at]) + "\"");
  size_t number_end = start;
  if (!ReadPdfInteger(text, number_end)) return Status::Ok();  // a real, or a keyword
  size_t next = at;
  SkipPdfWhitespace(text, next);
  if (!ReadPdfInteger(text, next)) return Status::Ok();
  SkipPdfWhitespace(text, next);
  if (next < text.size() && text[next] == 'R' && EndOfToken(text, next) == next + 1) {
    at = next + 1;
  }
  return Status::Ok();
}

Status SkipValue(std::string_view text, size_t& at, int depth) {
  if (depth > kDeepestNesting) return Unreadable(at, "objects nested too deeply");
  SkipPdfWhitespace(text, at);
  if (at >= text.size()) return Unreadable(at, "the text ends where a value should be");
  switch (text[at]) {
    case '/':  // a name (§7.3.5)
      at = EndOfToken(text, at + 1);
      return Status::Ok();
    case '(':
      return SkipLiteralString(text, at);
    case '[':
      return SkipArray(text, at, depth);
    case '<': {
      if (text.substr(at, 2) == "<<") return SkipDictionary(text, at, depth);
      size_t end = text.find('>', at);  // a hexadecimal string (§7.3.4.3)
      if (end == std::string_view::npos) return Unreadable(at, "a string that never ends");
      at = end + 1;
      return Status::Ok();
    }
    default:
      return SkipNumberOrReference(text, at);
  }
}

}  // namespace

const std::string* PdfDictionary::Find(std::string_view key) const {
  for (const Entry& entry : entries) {
    if (entry.key == key) return &entry.value;
  }
  return nullptr;
}

void PdfDictionary::Set(std::string_view key, std::string value) {
  for (Entry& entry : entries) {
    if (entry.key == key) {
      entry.value = std::move(value);
      return;
    }
  }
  entries.push_back({std::string(key), std::move(value)});
}

std::string PdfDictionary::ToString() const {
  std::string text = "<<";
  for (size_t i = 0; i < entries.size(); ++i) {
    text += i == 0 ? " /" : "\n   /";
    text += entries[i].key;
    text += ' ';
    text += entries[i].value;
  }
  text += entries.empty() ? " >>" : "\n>>";
  return text;
}

void SkipPdfWhitespace(std::string_view text, size_t& at) {
  while (at < text.size()) {
    if (IsWhitespace(text[at])) {
      ++at;
    } else if (text[at] == '%') {  // a comment runs to the end of its line (§7.2.3)
      while (at < text.size() && text[at] != '\n' && text[at] != '\r') ++at;
    } else {
      return;
    }
  }
}

std::optional<long long> ReadPdfInteger(std::string_view text, size_t& at) {
  if (at >= text.size() || text[at] < '0' || text[at] > '9') return std::nullopt;
  long long value = 0;
  auto [end, error] = std::from_chars(text.data() + at, text.data() + text.size(), value);
  if (error != std::errc()) return std::nullopt;
  size_t next = static_cast<size_t>(end - text.data());
  if (next < text.size() && !IsWhitespace(text[next]) && !IsDelimiter(text[next])) {
    return std::nullopt;  // "12.5", "12abc": not an integer token
  }
  at = next;
  return value;
}

Result<PdfDictionary> ReadPdfDictionary(std::string_view text, size_t& at) {
  SkipPdfWhitespace(text, at);
  if (at >= text.size() || text.substr(at, 2) != "<<") {
    return Unreadable(at, "expected a dictionary (\"<<\")");
  }
  at += 2;
  PdfDictionary dictionary;
  dictionary.entries.reserve(12);  // a page's entries and the two boxes: one allocation
  for (;;) {
    SkipPdfWhitespace(text, at);
    if (at >= text.size()) return Unreadable(at, "a dictionary that never ends");
    if (text.substr(at, 2) == ">>") {
      at += 2;
      return dictionary;
    }
    if (text[at] != '/') return Unreadable(at, "expected a name as the dictionary's key");
    size_t key_end = EndOfToken(text, at + 1);
    std::string key(text.substr(at + 1, key_end - at - 1));
    at = key_end;
    SkipPdfWhitespace(text, at);
    size_t value_start = at;
    GALLEY_RETURN_IF_ERROR(SkipValue(text, at, 1));
    dictionary.entries.push_back(
        {std::move(key), std::string(text.substr(value_start, at - value_start))});
  }
}

std::optional<PdfReference> ParsePdfReference(std::string_view value) {
  size_t at = 0;
  SkipPdfWhitespace(value, at);
  std::optional<long long> number = ReadPdfInteger(value, at);
  SkipPdfWhitespace(value, at);
  std::optional<long long> generation = number ? ReadPdfInteger(value, at) : std::nullopt;
  SkipPdfWhitespace(value, at);
  if (!generation || value.substr(at, 1) != "R") return std::nullopt;
  ++at;
  SkipPdfWhitespace(value, at);
  // Object numbers are below 8 388 608 and generations at most 65 535 (Annex C.2).
  if (at != value.size() || *number <= 0 || *number >= 8388608 || *generation > 65535) {
    return std::nullopt;
  }
  return PdfReference{static_cast<int>(*number), static_cast<int>(*generation)};
}

std::optional<std::vector<PdfReference>> ParsePdfReferenceArray(std::string_view value) {
  size_t at = 0;
  SkipPdfWhitespace(value, at);
  if (value.substr(at, 1) != "[") return std::nullopt;
  ++at;
  std::vector<PdfReference> references;
  for (;;) {
    SkipPdfWhitespace(value, at);
    if (at >= value.size()) return std::nullopt;
    if (value[at] == ']') break;
    size_t start = at;
    if (!SkipNumberOrReference(value, at).ok()) return std::nullopt;
    std::optional<PdfReference> reference = ParsePdfReference(value.substr(start, at - start));
    if (!reference) return std::nullopt;
    references.push_back(*reference);
  }
  ++at;
  SkipPdfWhitespace(value, at);
  if (at != value.size()) return std::nullopt;
  return references;
}

std::string PdfNumber(double value) {
  if (std::abs(value) < 5e-7) value = 0;  // never "-0"
  char buffer[64];
  auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 6);
  if (error != std::errc()) return "0";  // only for magnitudes no page geometry reaches
  std::string text(buffer, end);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string PdfLiteralString(std::string_view ascii) {
  std::string text = "(";
  for (char c : ascii) {
    if (c == '\\' || c == '(' || c == ')') text += '\\';
    text += c;
  }
  text += ')';
  return text;
}

std::string PdfRectangle(double left, double bottom, double right, double top) {
  return "[ " + PdfNumber(left) + " " + PdfNumber(bottom) + " " + PdfNumber(right) + " " +
         PdfNumber(top) + " ]";
}

}  // namespace galley::render
