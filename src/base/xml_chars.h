// What XML 1.0 allows a document to contain (XML 1.0 fifth edition, §2.2 "Characters", and
// §4.1 "Character and Entity References"): shared by the EPUB writer, which refuses to write a
// character outside the set, and by `galley check`, which refuses a file that holds one.
//
// Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// So the C0 control characters other than tab, line feed and carriage return, and U+FFFE and
// U+FFFF, may not appear in an XML document at all: neither raw nor as `&#x13;`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace galley {

bool IsXmlChar(char32_t c);

// The byte offset of the first code point in `text` that XML 1.0 forbids (or of the first byte
// that is not well-formed UTF-8); npos when every character is allowed.
size_t FindNonXmlChar(std::string_view text);

// "U+0013 (a control character)": how messages name a forbidden character.
std::string DescribeNonXmlChar(char32_t c);

// A problem with the characters of a serialized XML document.
struct XmlCharProblem {
  size_t offset = 0;  // byte offset of the character or reference
  std::string message;
};

// Scans serialized XML for what no XML parser may accept in its characters and references: a
// forbidden raw character or bad UTF-8, a character reference to a forbidden character
// (`&#19;`, `&#xFFFF;`) or a malformed one, and a named entity reference other than XML's five
// (documents in an EPUB have no DTD to declare more). Comments, CDATA sections and processing
// instructions are skipped for references, not for raw characters.
std::optional<XmlCharProblem> FindXmlCharProblem(std::string_view xml);

}  // namespace galley
