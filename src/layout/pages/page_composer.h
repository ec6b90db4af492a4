// Puts a page of a flow into its frame: body lines on the baseline grid, headings centred in
// their grid lines, scene-break ornaments, list labels, the original edition's page numbers
// in the outer margin with their named destinations, and structure tags (H1…, P; margin
// numbers as artifacts). Every line goes in as a frame text line with its role, paragraph,
// flags and source range. It also notes which headings start on the page (for running heads,
// the outline and the contents).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "frames/page_frame.h"
#include "layout/pages/flow_pages.h"
#include "layout/pages/frame_lines.h"

namespace galley::layout {

// Where a page's text block is: recto (odd) pages have the inner margin on the left.
struct PageGeometry {
  double text_left = 0, text_width = 0;
  double first_baseline = 0;  // one body size below the top margin (TeX's \topskip)
  double last_baseline = 0;   // of a full page
  bool recto = true;

  static PageGeometry For(const PrintTemplate& t, int page_number);
  // The text block as frames describe it.
  frames::TextBlock Block(const PrintTemplate& t) const;
};

struct HeadingOnPage {
  int level = 0;
  std::string id;
  std::string title;
};

// Gives paragraphs their numbers in the order they are composed (book-wide: title page,
// body, contents); RenumberParagraphs puts them in reading order once every page is made.
class ParagraphNumbers {
 public:
  int Next() { return ++last_; }

 private:
  int last_ = 0;
};

class PageComposer {
 public:
  PageComposer(Typesetter& typesetter, ParagraphNumbers& numbers)
      : setter_(typesetter), paragraph_numbers_(numbers) {}

  // Paragraph entries with an id are contents entries: they link to that destination and end
  // with its page number, looked up here. Set before composing the contents pages.
  void SetContentsNumbers(const std::map<std::string, int>* numbers) { numbers_ = numbers; }

  // Composes `page` of `flow` as physical page `number` into `frame`, appending to `headings`
  // (in reading order). The flow's set lines are moved into the frame (each line is on one
  // page only).
  Status Compose(Flow* flow, const FlowPage& page, int number, frames::PageFrame* frame,
                 std::vector<HeadingOnPage>* headings);

 private:
  Status ComposeParagraph(FlowEntry& entry, const PagePart& part, double top,
                          const PageGeometry& g, frames::PageFrame* frame, frames::Role role);
  Status ComposeHeading(FlowEntry& entry, double top, const PageGeometry& g,
                        frames::PageFrame* frame);
  Status AddPageReference(const model::PageStart& page, double baseline, int paragraph,
                          const PageGeometry& g, frames::PageFrame* frame);
  int ParagraphOf(const FlowEntry& entry);
  Status AddContentsNumber(const FlowEntry& entry, const PagePart& part, double top,
                           const PageGeometry& g, int paragraph, frames::PageFrame* frame);

  Typesetter& setter_;
  ParagraphNumbers& paragraph_numbers_;
  const FlowEntry* last_entry_ = nullptr;
  int last_paragraph_ = 0;
  const std::map<std::string, int>* numbers_ = nullptr;
};

// A centred line of plain text (ornaments), tagged `tag`.
Status AddCentred(Typesetter& setter, std::string_view text, StyleId style, double baseline,
                  const PageGeometry& g, const std::string& tag, frames::Role role,
                  frames::PageFrame* frame);

// Numbers the paragraphs of `pages` 1, 2, 3… in the order they are first met, page by page.
void RenumberParagraphs(std::vector<frames::PageFrame>* pages);

}  // namespace galley::layout
