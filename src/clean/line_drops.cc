#include "clean/line_drops.h"

#include "base/quoted_value.h"
#include "clean/clean_rules.h"
#include "clean/source_text.h"
#include "clean/tsv_fields.h"

namespace galley {
namespace {

Error Fail(const std::string& file, const Anchor& anchor, std::string message, std::string hint) {
  return InputErrorAt(file, anchor.line, anchor.column, anchor.line_text, std::move(message),
                      std::move(hint));
}

// The index in `lines` of the line `anchor` names.
Result<size_t> FindLine(const std::vector<SourceLine>& lines, const Anchor& anchor,
                        const std::string& file) {
  std::vector<size_t> found;
  int number = AnchorLine(anchor);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& text = lines[i].text;
    size_t first = text.find_first_not_of(" \t");
    bool match = number != 0 ? lines[i].number == number
                             : first != std::string::npos &&
                                   std::string_view(text).substr(first).starts_with(anchor.text);
    if (match) found.push_back(i);
  }
  if (found.size() == 1) return found[0];
  if (found.empty()) {
    return Fail(file, anchor,
                "\"" + ClipForMessage(anchor.text) + "\" matches no line of the source",
                number != 0 ? "the line does not exist, or a correction or another drop removed "
                              "it"
                            : "copy the text a line begins with from the source, as corrected");
  }
  std::string where;
  for (size_t i : found) where += (where.empty() ? "" : ", ") + std::to_string(lines[i].number);
  return Fail(file, anchor,
              "\"" + ClipForMessage(anchor.text) + "\" begins " + std::to_string(found.size()) +
                  " lines (" + where + ")",
              "make the anchor longer, or write @LINE");
}

}  // namespace

Status ApplyDrops(const std::vector<StructureDirective>& directives, const std::string& file,
                  std::vector<SourceLine>* lines, Review* review) {
  for (const StructureDirective& d : directives) {
    if (d.kind != DirectiveKind::kDrop) continue;
    Result<size_t> first = FindLine(*lines, d.anchor, file);
    if (!first.ok()) return first.take_error();
    Result<size_t> last = FindLine(*lines, d.target, file);
    if (!last.ok()) return last.take_error();
    size_t end = *last + 1;
    if (AnchorLine(d.target) == 0) {
      while (end < lines->size() && !IsBlank((*lines)[end].text)) ++end;
    }
    if (end <= *first) {
      return Fail(file, d.target,
                  "the last line dropped (" + std::to_string((*lines)[*last].number) +
                      ") comes before the first (" + std::to_string((*lines)[*first].number) + ")",
                  "give the first anchor first");
    }
    const SourceLine& shown = (*lines)[*first];
    review->changes.push_back(
        {std::string(rule::kDrop), shown.number, shown.text + (end - *first > 1 ? " \u2026" : ""),
         "", file + ":" + std::to_string(d.line) + ": lines " + std::to_string(shown.number) +
                 "\u2013" + std::to_string((*lines)[end - 1].number)});
    lines->erase(lines->begin() + static_cast<long>(*first),
                 lines->begin() + static_cast<long>(end));
  }
  return Status::Ok();
}

}  // namespace galley
