// The tab-separated lines of corrections.tsv and structure.tsv (docs/corrections.md): fields
// split at tabs, with `\t` for a tab and `\\` for a backslash inside a field, each field knowing
// its column so that an error can point at it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace galley {

struct TsvField {
  std::string text;  // unescaped
  int column = 1;    // 1-based code-point column of the field's first character
};

// The fields of one line. `\t` becomes a tab, `\\` a backslash; any other backslash is kept as
// it is, so `\*` means the two characters the OCR wrote.
std::vector<TsvField> SplitTsvFields(std::string_view line);

// The column just after the last character of `line`.
int EndColumn(std::string_view line);

// A `#` comment line or a line of only spaces and tabs.
bool IsCommentOrBlank(std::string_view line);

// An input error at `file`:`line`:`column`, showing `line_text` with a caret.
Error InputErrorAt(const std::string& file, int line, int column, std::string_view line_text,
                   std::string message, std::string hint);

}  // namespace galley
