// Puts a page of a flow into its frame: body lines on the baseline grid, headings centred in
// their grid lines, scene-break ornaments, list labels, the original edition's page numbers
// in the outer margin with their named destinations, and structure tags (H1…, P; margin
// numbers as artifacts). It also records every line for the layout record and notes which
// headings start on the page (for running heads, the outline and the contents).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "frames/page_frame.h"
#include "layout/pages/flow_pages.h"
#include "layout/pages/layout_record.h"

namespace galley::layout {

// Where a page's text block is: recto (odd) pages have the inner margin on the left.
struct PageGeometry {
  double text_left = 0, text_width = 0;
  double first_baseline = 0;  // one body size below the top margin (TeX's \topskip)
  double last_baseline = 0;   // of a full page
  bool recto = true;

  static PageGeometry For(const PrintTemplate& t, int page_number);
};

struct HeadingOnPage {
  int level = 0;
  std::string id;
  std::string title;
};

class PageComposer {
 public:
  explicit PageComposer(Typesetter& typesetter) : setter_(typesetter) {}

  // Paragraph entries with an id are contents entries: they link to that destination and end
  // with its page number, looked up here. Set before composing the contents pages.
  void SetContentsNumbers(const std::map<std::string, int>* numbers) { numbers_ = numbers; }

  // Composes `page` of `flow` as physical page `number` into `frame`, appending to `record`
  // and to `headings` (in reading order). `paragraph_serial` numbers paragraphs book-wide.
  // The flow's set lines are moved into the frame (each line is on one page only).
  Status Compose(Flow* flow, const FlowPage& page, int number, frames::PageFrame* frame,
                 LayoutRecord* record, std::vector<HeadingOnPage>* headings);

  // A centred line of plain text (title page, ornaments), tagged `tag`.
  Status AddCentred(std::string_view text, StyleId style, double baseline, const PageGeometry& g,
                    const std::string& tag, frames::PageFrame* frame);

 private:
  Status ComposeParagraph(FlowEntry& entry, const PagePart& part, double top,
                          const PageGeometry& g, int number, frames::PageFrame* frame,
                          LayoutRecord* record, const std::string& kind);
  Status ComposeHeading(FlowEntry& entry, double top, const PageGeometry& g, int number,
                        frames::PageFrame* frame, LayoutRecord* record);
  Status AddPageReference(const std::string& label, double baseline, const PageGeometry& g,
                          frames::PageFrame* frame);
  int SerialFor(const FlowEntry& entry);
  Status AddContentsNumber(const FlowEntry& entry, const PagePart& part, double top,
                           const PageGeometry& g, frames::PageFrame* frame);

  Typesetter& setter_;
  const FlowEntry* last_entry_ = nullptr;
  int serial_ = 0;
  const std::map<std::string, int>* numbers_ = nullptr;
};

// Moves a set line's glyph runs and rules into `frame`, its left end at `x` and baseline at
// `baseline`.
void AddSetLine(SetLine* line, double x, double baseline, frames::PageFrame* frame);

// Frame item helpers.
frames::FrameItem TagBegin(const std::string& name);
frames::FrameItem TagEnd(const std::string& name);
frames::FrameItem GlyphRun(frames::GlyphRunItem run);
frames::FrameItem Destination(const std::string& name, double x, double y);

}  // namespace galley::layout
