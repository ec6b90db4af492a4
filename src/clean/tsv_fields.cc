#include "clean/tsv_fields.h"

#include "base/utf8.h"

namespace galley {

std::vector<TsvField> SplitTsvFields(std::string_view line) {
  std::vector<TsvField> fields(1);
  int column = 1;
  for (size_t i = 0; i < line.size();) {
    char c = line[i];
    if (c == '\t') {
      fields.push_back({{}, column + 1});
    } else if (c == '\\' && i + 1 < line.size() && (line[i + 1] == 't' || line[i + 1] == '\\')) {
      fields.back().text.push_back(line[i + 1] == 't' ? '\t' : '\\');
      ++i;
      ++column;
    } else {
      int length = Utf8SequenceLength(static_cast<unsigned char>(c));
      fields.back().text.append(line.substr(i, length));
      i += length - 1;
    }
    ++i;
    ++column;
  }
  return fields;
}

int EndColumn(std::string_view line) {
  int column = 1;
  for (size_t i = 0; i < line.size();
       i += Utf8SequenceLength(static_cast<unsigned char>(line[i]))) {
    ++column;
  }
  return column;
}

bool IsCommentOrBlank(std::string_view line) {
  size_t first = line.find_first_not_of(" \t");
  return first == std::string_view::npos || line[first] == '#';
}

Error InputErrorAt(const std::string& file, int line, int column, std::string_view line_text,
                   std::string message, std::string hint) {
  Error error = InputError(SourceLocation{file, {line, column}}, std::move(message),
                           std::move(hint));
  error.source_line = std::string(line_text);
  return error;
}

}  // namespace galley
