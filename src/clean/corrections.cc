#include "clean/corrections.h"

#include <algorithm>

#include "base/quoted_value.h"
#include "clean/clean_rules.h"
#include "clean/source_text.h"
#include "clean/tsv_fields.h"

namespace galley {
namespace {

constexpr const char* kFormatHint =
    "write: the text as source.ocr.txt has it, a tab, its replacement (may be empty), a tab, "
    "the reason; put @LINE and a tab first to fix one source line only; see "
    "docs/corrections.md";

// "@61" → 61; 0 when `field` is not @ and a line number.
int LineLimit(std::string_view field) {
  if (field.size() < 2 || field[0] != '@' || field.size() > 10) return 0;
  int line = 0;
  for (char c : field.substr(1)) {
    if (c < '0' || c > '9') return 0;
    line = line * 10 + (c - '0');
  }
  return line;
}

// Records that [at, at + length) of `line` now holds a correction's text, which replaced
// `replaced` bytes: ranges after it move by the length change, ranges it touches merge with it.
void MarkCorrected(SourceLine* line, size_t at, size_t replaced, size_t length) {
  auto shifted = [&](size_t offset) {
    return static_cast<size_t>(static_cast<long>(offset) + static_cast<long>(length) -
                               static_cast<long>(replaced));
  };
  ByteRange merged{at, at + length};
  std::vector<ByteRange> ranges;
  for (const ByteRange& range : line->corrected) {
    if (range.end <= at) {
      ranges.push_back(range);
    } else if (range.begin >= at + replaced) {
      ranges.push_back({shifted(range.begin), shifted(range.end)});
    } else {
      merged.begin = std::min(merged.begin, range.begin);
      if (range.end > at + replaced) merged.end = std::max(merged.end, shifted(range.end));
    }
  }
  if (merged.end > merged.begin) ranges.push_back(merged);
  std::sort(ranges.begin(), ranges.end(),
            [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  line->corrected = std::move(ranges);
}

// Replaces every occurrence of `correction.from` in `line`, recording each one.
int ApplyToLine(const Correction& correction, const std::string& file, SourceLine* line,
                Review* review) {
  int count = 0;
  size_t at = 0;
  while ((at = line->text.find(correction.from, at)) != std::string::npos) {
    line->text.replace(at, correction.from.size(), correction.to);
    MarkCorrected(line, at, correction.from.size(), correction.to.size());
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
    int only_line = 0;
    if (!fields.empty() && fields[0].text.starts_with('@') && fields.size() >= 2) {
      only_line = LineLimit(fields[0].text);
      if (only_line == 0) {
        return error(
            1, "\"" + ClipForMessage(fields[0].text) + "\" is not @ and a source line number");
      }
      fields.erase(fields.begin());
    }
    if (fields.size() != 3) {
      int column = fields.size() > 3 ? fields[3].column - 1 : EndColumn(line.text);
      return error(column, "a correction has 3 tab-separated fields, this line has " +
                               std::to_string(fields.size()) +
                               (only_line ? " after its @LINE" : ""));
    }
    if (fields[0].text.empty()) return error(fields[0].column, "the text to correct is empty");
    if (IsBlank(fields[2].text)) return error(fields[2].column, "the reason is empty");
    corrections.push_back(
        {only_line, fields[0].text, fields[1].text, fields[2].text, line.number, line.text});
  }
  return corrections;
}

Status ApplyCorrections(const std::vector<Correction>& corrections, const std::string& file,
                        const std::string& source_file, std::vector<SourceLine>* lines,
                        Review* review, bool keep_emptied_lines) {
  std::vector<bool> emptied(lines->size(), false);
  for (const Correction& correction : corrections) {
    int count = 0;
    for (size_t i = 0; i < lines->size(); ++i) {
      SourceLine& line = (*lines)[i];
      if (correction.only_line != 0 && line.number != correction.only_line) continue;
      bool had_text = !IsBlank(line.text);
      count += ApplyToLine(correction, file, &line, review);
      if (had_text && IsBlank(line.text)) emptied[i] = true;
    }
    if (count == 0) {
      std::string where = correction.only_line == 0
                              ? source_file
                              : "line " + std::to_string(correction.only_line) + " of " +
                                    source_file;
      return InputErrorAt(file, correction.line, 1, correction.line_text,
                          "\"" + ClipForMessage(correction.from) + "\" matches nothing in " + where,
                          "copy the text exactly as source.ocr.txt has it (after earlier "
                          "corrections), or delete the line if the fix is no longer needed");
    }
  }
  if (keep_emptied_lines) return Status::Ok();
  std::vector<SourceLine> kept;
  kept.reserve(lines->size());
  for (size_t i = 0; i < lines->size(); ++i) {
    if (!emptied[i]) kept.push_back(std::move((*lines)[i]));
  }
  *lines = std::move(kept);
  return Status::Ok();
}

}  // namespace galley
