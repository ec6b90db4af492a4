#include "check/finding.h"

#include "base/utf8.h"

namespace galley::check {

// Quoting a line longer than this would flood the terminal (a minified XHTML file is one line).
constexpr size_t kLongestQuotedLine = 200;

void Reporter::Report(const std::string& file, const std::string* text, long offset,
                      std::string message, std::string hint) {
  SourceLocation where{file.empty() ? epub_name_ : epub_name_ + "/" + file, {}};
  Error error = InputError(where, std::move(message), std::move(hint));
  if (text != nullptr && offset >= 0 && static_cast<size_t>(offset) <= text->size()) {
    error.where.pos = PositionOfOffset(*text, static_cast<size_t>(offset));
    std::string_view line = LineOf(*text, error.where.pos.line);
    if (line.size() <= kLongestQuotedLine) error.source_line = std::string(line);
  }
  findings_->push_back(Finding{check_, std::move(error)});
}

}  // namespace galley::check
