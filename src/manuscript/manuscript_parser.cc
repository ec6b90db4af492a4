#include "manuscript/manuscript_parser.h"

#include "base/utf8.h"
#include "manuscript/anchor_ids.h"
#include "manuscript/block_converter.h"
#include "manuscript/cmark_tree.h"
#include "manuscript/division_builder.h"
#include "manuscript/front_matter.h"
#include "manuscript/source_text.h"

namespace galley::manuscript {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// ValidateText's UTF-8 error does not quote the line, which holds the bad byte; quote it with
// the bad bytes shown as U+FFFD so that the message itself is valid UTF-8.
Error QuoteBadLine(Error error, std::string_view text) {
  if (!error.source_line.empty() || !error.where.pos.known()) return error;
  std::string_view line = LineOf(text, error.where.pos.line);
  std::string quoted;
  for (size_t at = 0; at < line.size();) AppendUtf8(DecodeUtf8(line, &at), &quoted);
  error.source_line = std::move(quoted);
  return error;
}

}  // namespace

Result<model::Document> ParseManuscript(std::string_view text, const std::string& path,
                                        const ParseOptions& options) {
  Status valid = ValidateText(text, path);
  if (!valid.ok()) return QuoteBadLine(valid.take_error(), text);
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  SourceText source(path, text);
  if (IsBlank(text)) {
    return source.MakeError({1, 1}, "the manuscript is empty",
                            "write its front matter and its text (see docs/manuscript.md)");
  }
  Result<FrontMatter> front = ParseFrontMatter(source);
  if (!front.ok()) return front.take_error();
  std::string_view body = text.substr(front->body_offset);
  if (IsBlank(body)) {
    return source.MakeError({front->body_line - 1, 1},
                            "the manuscript has nothing after its front matter",
                            "write the book's text after this closing `---`");
  }

  CmarkTree tree = ParseCommonMark(body);
  ConversionContext context(source, front->body_line);
  Result<ConvertedBody> converted = ConvertBody(tree.get(), context);
  if (!converted.ok()) return converted.take_error();
  Result<std::vector<model::Division>> divisions =
      BuildDivisions(std::move(converted->items), source, options.strict);
  if (!divisions.ok()) return divisions.take_error();

  model::Document document;
  document.source_path = path;
  document.metadata = std::move(front->metadata);
  document.divisions = std::move(divisions.value());
  document.notes = std::move(converted->notes);
  AssignAnchorIds(&document);
  return document;
}

Result<model::Document> LoadManuscript(const FileSystem& fs, const std::string& path,
                                       const ParseOptions& options) {
  // ParseManuscript checks the text as ReadTextFile would, and quotes the offending line.
  Result<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) return bytes.take_error();
  return ParseManuscript(*bytes, path, options);
}

}  // namespace galley::manuscript
