// Turns a page's planned tags (structure_plan.h) into Cairo tag calls while the page is drawn,
// opening a Span around content that sits directly in an element with children, and keeping
// artifact content out of every element.
#pragma once

#include <cairo.h>

#include <string>
#include <string_view>
#include <vector>

#include "render/structure_plan.h"

namespace galley::render {

class StructureWriter {
 public:
  // `span_languages` gets the language of every Span begun (empty: the book's), in order;
  // `titles` whether each element begun as Cairo's "H" is the frames' "Title", in order.
  StructureWriter(cairo_t* cr, std::vector<std::string>* span_languages,
                  std::vector<bool>* titles)
      : cr_(cr), span_languages_(span_languages), titles_(titles) {}

  // `attributes` are the Cairo link attributes for a Link element; empty otherwise.
  void Begin(const TagPlan& tag, const std::string& attributes);
  void End();
  // A glyph run or rule is about to be drawn; `language` is a passage's tag (empty: the
  // book's), which needs a Span of its own to carry /Lang.
  void BeforeContent(std::string_view language = {});
  void BeforeStandaloneLink();  // a Link element of its own is about to be added
  void FinishPage();            // closes an open Span; tags themselves balance per page

 private:
  void CloseSpan();

  cairo_t* cr_;
  std::vector<TagPlan> open_;
  std::vector<std::string>* span_languages_;
  std::vector<bool>* titles_;
  bool span_open_ = false;
  std::string span_language_;  // of the open Span
};

}  // namespace galley::render
