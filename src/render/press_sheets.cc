#include "render/press_sheets.h"

#include <cmath>

#include "render/booklet.h"

namespace galley::render {

namespace {

// PDF viewers (and Acrobat's implementation limit, ISO 32000-1 Annex C) reject pages larger
// than 14,400 units on a side.
constexpr double kLargestPage = 14400;

Status CheckPageSize(const frames::PageFrame& page, size_t index) {
  bool usable = std::isfinite(page.width) && std::isfinite(page.height) && page.width > 0 &&
                page.height > 0 && page.width <= kLargestPage && page.height <= kLargestPage;
  if (usable) return Status::Ok();
  return InternalError("page " + std::to_string(index + 1) + " has no usable size (" +
                       std::to_string(page.width) + " x " + std::to_string(page.height) +
                       " points)");
}

std::vector<Sheet> SingleSheets(const frames::DocumentFrames& document,
                                const PrintOptions& options) {
  const double margin = options.bleed + (options.crop_marks ? kSlug : 0);
  std::vector<Sheet> sheets;
  sheets.reserve(document.pages.size());
  for (size_t i = 0; i < document.pages.size(); ++i) {
    const frames::PageFrame& page = document.pages[i];
    Sheet sheet;
    sheet.width = page.width + 2 * margin;
    sheet.height = page.height + 2 * margin;
    sheet.placements.push_back({static_cast<int>(i), margin, margin});
    sheet.label = page.label;
    sheet.crop_marks = options.crop_marks;
    sheets.push_back(std::move(sheet));
  }
  return sheets;
}

Result<std::vector<Sheet>> BookletSheets(const frames::DocumentFrames& document) {
  for (size_t i = 0; i < document.pages.size(); ++i) {
    const frames::PageFrame& page = document.pages[i];
    // A hundredth of a point of tolerance: A5 is exactly half of A4, give or take rounding.
    if (2 * page.width > kA4LongSide + 0.01 || page.height > kA4ShortSide + 0.01) {
      return InputError({}, "page " + std::to_string(i + 1) + " is too large to print two-up on A4",
                        "booklet imposition takes pages up to A5 (148 x 210 mm)");
    }
  }
  std::vector<Sheet> sheets;
  for (const BookletSide& side : BookletSides(static_cast<int>(document.pages.size()))) {
    Sheet sheet;
    sheet.width = kA4LongSide;
    sheet.height = kA4ShortSide;
    sheet.clip_to_trim = true;
    // Both pages meet at the fold in the middle of the sheet and are centred vertically.
    for (int index : {side.left, side.right}) {
      if (index < 0) continue;
      const frames::PageFrame& page = document.pages[index];
      double x = index == side.left ? kA4LongSide / 2 - page.width : kA4LongSide / 2;
      sheet.placements.push_back({index, x, (kA4ShortSide - page.height) / 2});
    }
    sheets.push_back(std::move(sheet));
  }
  return sheets;
}

}  // namespace

Result<std::vector<Sheet>> PlanSheets(const frames::DocumentFrames& document,
                                      const PrintOptions& options) {
  GALLEY_RETURN_IF_ERROR(ValidatePrintOptions(options));
  if (document.pages.empty()) return InternalError("the document has no pages to render");
  for (size_t i = 0; i < document.pages.size(); ++i) {
    GALLEY_RETURN_IF_ERROR(CheckPageSize(document.pages[i], i));
  }
  if (options.imposition == PrintOptions::Imposition::kBooklet) return BookletSheets(document);
  return SingleSheets(document, options);
}

}  // namespace galley::render
