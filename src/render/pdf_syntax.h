// PDF object syntax read and written as text (ISO 32000-1 §7.2 lexical conventions, §7.3
// objects), just enough to give a finished file's dictionaries new versions: a dictionary's
// entries with each value kept as the exact bytes its writer put there (a value is never
// interpreted beyond finding where it ends), object references, and the few values Galley
// writes itself (numbers, literal strings, rectangles).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace galley::render {

struct PdfReference {  // "12 0 R" (§7.3.10)
  int number = 0;
  int generation = 0;
  friend bool operator==(const PdfReference&, const PdfReference&) = default;
};

struct PdfDictionary {  // §7.3.7
  struct Entry {
    std::string key;    // the name without its slash: "Type"
    std::string value;  // as written: "/Page", "[ 0 0 419.527559 595.275591 ]", "1 0 R"
  };
  std::vector<Entry> entries;  // in the order written

  // The value of `key` as written, or nullptr.
  const std::string* Find(std::string_view key) const;
  // Replaces the value of `key`, or adds the entry at the end.
  void Set(std::string_view key, std::string value);
  // One entry a line, as Cairo writes them: "<< /Type /Page\n   /Parent 1 0 R\n>>".
  std::string ToString() const;
};

// Reads the dictionary whose "<<" is at `at` or after whitespace and comments from there; on
// success `at` is just past its ">>". Strings, nested dictionaries and arrays, and comments
// (Cairo writes "/Type /Page % 1") are skipped as PDF's grammar says, so a ">>" inside a
// title never ends the dictionary early. Errors name the byte offset.
Result<PdfDictionary> ReadPdfDictionary(std::string_view text, size_t& at);

// Skips whitespace and comments (§7.2.2, §7.2.3) from `at`.
void SkipPdfWhitespace(std::string_view text, size_t& at);

// Reads an unsigned integer at `at` (no sign, no fraction); nullopt if none is there.
std::optional<long long> ReadPdfInteger(std::string_view text, size_t& at);

// "12 0 R" → {12, 0}; nullopt if `value` is anything else.
std::optional<PdfReference> ParsePdfReference(std::string_view value);
// "[ 2 0 R 14 0 R ]" → {{2, 0}, {14, 0}}; nullopt if `value` is not an array of references.
std::optional<std::vector<PdfReference>> ParsePdfReferenceArray(std::string_view value);

// A real number with at most six decimals and no trailing zeros ("32.503937", "0"); the same
// bytes on every machine whatever the locale.
std::string PdfNumber(double value);
// A literal string (§7.3.4.2) of printable ASCII, with "\", "(" and ")" escaped.
std::string PdfLiteralString(std::string_view ascii);
// A rectangle (§7.9.5): "[ left bottom right top ]".
std::string PdfRectangle(double left, double bottom, double right, double top);

}  // namespace galley::render
