#include "clean/corrections.h"

#include "clean/clean_rules.h"
#include "clean/tsv_fields.h"

namespace galley {
namespace {

constexpr const char* kFormatHint =
    "write: the text as source.ocr.txt has it, a tab, its replacement (may be empty), a tab, "
    "the reason; see docs/corrections.md";

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

// Replaces every occurrence of `correction.from` in `line`, recording each one.
int ApplyToLine(const Correction& correction, const std::string& file, SourceLine* line,
                Review* review) {
  int count = 0;
  size_t at = 0;
  while ((at = line->text.find(correction.from, at)) != std::string::npos) {
    line->text.replace(at, correction.from.size(), correction.to);
    at += correction.to.size();
    ++count;
    review->changes.push_back({std::string(rule::kCorrection), line->number, correction.from,
                               correction.to,
                               file + ":" + std::to_string(correction.line) + ": " +
                                   correction.reason});
  }
  return count;
}

}  // namespace

Result<std::vector<Correction>> ParseCorrections(std::string_view text,
                                                 const std::string& file) {
  std::vector<Correction> corrections;
  for (const SourceLine& line : SplitLines(text)) {
    if (IsCommentOrBlank(line.text)) continue;
    std::vector<TsvField> fields = SplitTsvFields(line.text);
    auto error = [&](int column, std::string message) {
      return InputErrorAt(file, line.number, column, line.text, std::move(message),
                          kFormatHint);
    };
    if (fields.size() != 3) {
      int column = fields.size() > 3 ? fields[3].column - 1 : EndColumn(line.text);
      return error(column, "a correction has 3 tab-separated fields, this line has " +
                               std::to_string(fields.size()));
    }
    if (fields[0].text.empty()) return error(1, "the text to correct is empty");
    if (IsBlank(fields[2].text)) return error(fields[2].column, "the reason is empty");
    corrections.push_back(
        {fields[0].text, fields[1].text, fields[2].text, line.number, line.text});
  }
  return corrections;
}

Status ApplyCorrections(const std::vector<Correction>& corrections, const std::string& file,
                        const std::string& source_file, std::vector<SourceLine>* lines,
                        Review* review) {
  std::vector<bool> emptied(lines->size(), false);
  for (const Correction& correction : corrections) {
    int count = 0;
    for (size_t i = 0; i < lines->size(); ++i) {
      SourceLine& line = (*lines)[i];
      bool had_text = !IsBlank(line.text);
      count += ApplyToLine(correction, file, &line, review);
      if (had_text && IsBlank(line.text)) emptied[i] = true;
    }
    if (count == 0) {
      return InputErrorAt(file, correction.line, 1, correction.line_text,
                          "\"" + correction.from + "\" matches nothing in " + source_file,
                          "copy the text exactly as source.ocr.txt has it (after earlier "
                          "corrections), or delete the line if the fix is no longer needed");
    }
  }
  std::vector<SourceLine> kept;
  for (size_t i = 0; i < lines->size(); ++i) {
    if (!emptied[i]) kept.push_back(std::move((*lines)[i]));
  }
  *lines = std::move(kept);
  return Status::Ok();
}

}  // namespace galley
