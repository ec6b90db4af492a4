#include "proof/paragraph_place.h"

namespace galley::proof {

std::string PagesOfParagraph(const Record& record, const Paragraph& paragraph) {
  const std::string& first = record.lines[paragraph.first_line].page;
  const std::string& last = record.lines[paragraph.end_line() - 1].page;
  return first == last ? first : first + "–" + last;
}

const Paragraph& ShownParagraph(const Comparison& comparison, const ParagraphChange& change) {
  return change.after >= 0 ? comparison.after_paragraphs[change.after]
                           : comparison.before_paragraphs[change.before];
}

std::string ParagraphPlace(const Comparison& comparison, const ParagraphChange& change) {
  const Paragraph& shown = ShownParagraph(comparison, change);
  std::string place = "line " + std::to_string(shown.source_line) + " " + shown.kind;
  if (change.before >= 0 && change.after >= 0) {
    const Paragraph& old_paragraph = comparison.before_paragraphs[change.before];
    if (old_paragraph.source_line != shown.source_line) {
      place += " (was " + std::to_string(old_paragraph.source_line) + ")";
    }
    std::string old_pages = PagesOfParagraph(comparison.before, old_paragraph);
    std::string new_pages = PagesOfParagraph(comparison.after, shown);
    place += ", page " + (old_pages == new_pages ? new_pages : old_pages + " → " + new_pages);
  } else {
    const Record& record = change.after >= 0 ? comparison.after : comparison.before;
    place += ", page " + PagesOfParagraph(record, shown);
  }
  return place;
}

}  // namespace galley::proof
