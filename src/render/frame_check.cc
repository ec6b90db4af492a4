#include "render/frame_check.h"

#include <cmath>
#include <string>

#include "render/structure_plan.h"

namespace galley::render {

Status CheckPageFrame(const frames::PageFrame& page, int page_number,
                      const frames::FontFaces& fonts) {
  for (const frames::FrameItem& item : page.items) {
    if (item.kind != frames::FrameItem::Kind::kText) continue;
    for (const frames::GlyphRunItem& run : item.text.runs) {
      if (run.font >= fonts.size() || fonts[run.font] == nullptr || !std::isfinite(run.size) ||
          run.size <= 0) {
        return InternalError("page " + std::to_string(page_number) +
                             " of the frames: a glyph run has no font or no size (text \"" +
                             run.text + "\")");
      }
      if (!std::isfinite(run.horizontal_scale) || run.horizontal_scale <= 0) {
        return InternalError("page " + std::to_string(page_number) +
                             " of the frames: a glyph run has a horizontal scale of " +
                             std::to_string(run.horizontal_scale) + " (text \"" + run.text +
                             "\")");
      }
    }
  }
  Result<PageStructurePlan> plan = PlanPageStructure(page, page_number);
  if (!plan.ok()) return plan.take_error();
  return Status::Ok();
}

}  // namespace galley::render
