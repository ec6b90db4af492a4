#include "base/error.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace galley {

std::string SourceLocation::ToString() const {
  std::string out = file.empty() ? std::string("galley") : file;
  // append() rather than `":" + …`: GCC 12 warns falsely (-Wrestrict) on the latter.
  if (pos.line > 0) out.append(":").append(std::to_string(pos.line));
  if (pos.line > 0 && pos.column > 0) out.append(":").append(std::to_string(pos.column));
  return out;
}

namespace {

// How much of the offending line an error shows on each side of its column: enough to find the
// place in an editor, where a paragraph of 500 KB on one line would flood the terminal.
constexpr int kExcerptHalfWidth = 60;
constexpr const char* kEllipsis = "…";

// The byte offset of each code point of `line`, and the line's size at the end.
std::vector<size_t> CodePointStarts(std::string_view line) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < line.size(); i += Utf8SequenceLength(static_cast<unsigned char>(line[i]))) {
    starts.push_back(i);
  }
  starts.push_back(line.size());
  return starts;
}

}  // namespace

std::string Error::ToString() const {
  std::string out = where.ToString() + ": error: " + message + "\n";
  if (!source_line.empty()) {
    std::vector<size_t> starts = CodePointStarts(source_line);
    int count = static_cast<int>(starts.size()) - 1;
    int column = where.pos.column > 0 ? where.pos.column : 1;
    int first = std::max(0, std::min(column - 1 - kExcerptHalfWidth, count - 2 * kExcerptHalfWidth));
    int last = std::min(count, first + 2 * kExcerptHalfWidth);
    bool cut_before = first > 0;
    out += "  ";
    if (cut_before) out += kEllipsis;
    out.append(source_line, starts[first], starts[last] - starts[first]);
    if (last < count) out += kEllipsis;
    out += "\n";
    if (where.pos.column > 0) {
      // The caret goes under the column'th code point; tabs are kept so it lines up.
      std::string pad = cut_before ? " " : "";
      for (int i = first; i < column - 1 && i < last; ++i) {
        pad += source_line[starts[i]] == '\t' ? '\t' : ' ';
      }
      out += "  " + pad + "^\n";
    }
  }
  if (!hint.empty()) out += "  hint: " + hint + "\n";
  return out;
}

Error InputError(SourceLocation where, std::string message, std::string hint) {
  return Error{ErrorKind::kInput, std::move(where), std::move(message), std::move(hint), {}};
}

Error IoError(std::string file, std::string message, std::string hint) {
  return Error{ErrorKind::kIo, SourceLocation{std::move(file), {}}, std::move(message),
               std::move(hint), {}};
}

Error InternalError(std::string message) {
  return Error{ErrorKind::kInternal, {}, std::move(message), {}, {}};
}

}  // namespace galley
