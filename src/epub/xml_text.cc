#include "epub/xml_text.h"

#include "base/utf8.h"
#include "base/xml_chars.h"

namespace galley::epub {

namespace {

// `start` advanced over text[0, offset): columns count code points, a line feed starts a line.
SourcePos Advance(SourcePos start, std::string_view text, size_t offset) {
  SourcePos pos = start;
  if (!pos.known()) return pos;
  for (size_t at = 0; at < offset && at < text.size();) {
    if (text[at] == '\n') {
      ++pos.line;
      pos.column = 1;
      ++at;
    } else {
      at += Utf8SequenceLength(static_cast<unsigned char>(text[at]));
      ++pos.column;
    }
  }
  return pos;
}

}  // namespace

Status RequireXmlText(std::string_view text, const SourceLocation& start, std::string_view what) {
  size_t offset = FindNonXmlChar(text);
  if (offset == std::string_view::npos) return Status::Ok();
  size_t end = offset;
  char32_t c = DecodeUtf8(text, &end);
  return InputError({start.file, Advance(start.pos, text, offset)},
                    std::string(what) + " holds " + DescribeNonXmlChar(c) +
                        ", which an EPUB cannot contain (XML 1.0 §2.2 forbids it, raw or as a "
                        "character reference)",
                    "delete the character, or write what it stood for");
}

Status RequireXmlEntry(const std::string& entry, std::string_view xml) {
  std::optional<XmlCharProblem> problem = FindXmlCharProblem(xml);
  if (!problem) return Status::Ok();
  Error error;
  error.kind = ErrorKind::kInternal;
  error.where = {entry, PositionOfOffset(xml, problem->offset)};
  error.message = "the EPUB's " + entry + " would not be well-formed XML: it holds " +
                  problem->message;
  error.hint = "this is a bug in galley: please report it with the manuscript";
  return error;
}

}  // namespace galley::epub
