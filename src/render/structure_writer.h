// Turns a page's planned tags (structure_plan.h) into Cairo tag calls while the page is drawn,
// opening a Span around content that sits directly in an element with children, and keeping
// artifact content out of every element.
#pragma once

#include <cairo.h>

#include <string>
#include <vector>

#include "render/structure_plan.h"

namespace galley::render {

class StructureWriter {
 public:
  explicit StructureWriter(cairo_t* cr) : cr_(cr) {}

  // `attributes` are the Cairo link attributes for a Link element; empty otherwise.
  void Begin(const TagPlan& tag, const std::string& attributes);
  void End();
  void BeforeContent();         // a glyph run or rule is about to be drawn
  void BeforeStandaloneLink();  // a Link element of its own is about to be added
  void FinishPage();            // closes an open Span; tags themselves balance per page

 private:
  void CloseSpan();

  cairo_t* cr_;
  std::vector<TagPlan> open_;
  bool span_open_ = false;
};

}  // namespace galley::render
