// How a page's structure tags (Tagged PDF, ISO 32000-1 §14.8) become Cairo 1.16 tags. Three
// of Cairo 1.16's limits shape the plan:
//  - It knows only ISO 32000-1's standard structure types. A name outside its list is not
//    refused at cairo_tag_begin but corrupts the surface later (a crash when the PDF is
//    written), so frame names are mapped here and anything unknown is refused.
//  - It has no artifacts ("Artifact" is such an unknown name).
//  - It marks content only in leaf elements: text directly inside an element that also has
//    child elements is left out of the structure tree (a paragraph holding a link loses its
//    words). The plan finds those elements; the painter wraps their own content in Span
//    children, and draws an artifact's content directly in such an element, where Cairo leaves
//    it unmarked — outside the structure, which is what an artifact is.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "frames/page_frame.h"

namespace galley::render {

enum class TagRole : uint8_t {
  kElement,      // a structure element: cairo_tag_begin(cairo_type)
  kArtifact,     // running heads, folios, marginal numbers: kept out of the structure
  kTransparent,  // no element of its own: "Document" (the renderer opens one around the whole
                 // document) and any tag inside an artifact
};

struct TagPlan {
  TagRole role = TagRole::kTransparent;
  const char* cairo_type = nullptr;  // kElement: a structure type Cairo 1.16 accepts
  bool has_children = false;         // kElement: holds elements or artifacts, so its own
                                     // content must go into Span children
  int link_item = -1;                // a "Link" element: the LinkItem giving its target
  // kElement: the frames' name when Cairo gets its PDF 1.7 neighbour instead ("Title" for
  // Cairo's "H"), for the incremental update to restore (title_elements.h); empty otherwise.
  std::string_view pdf20_name;
};

struct PageStructurePlan {
  std::vector<TagPlan> tags;          // by item index; meaningful for kTagBegin items
  std::vector<bool> link_in_element;  // by item index: a LinkItem a "Link" element takes
};

// Fails, naming the page (1-based), when the tags do not balance within the page, a name is
// no structure type, or a "Link" tag holds no LinkItem.
Result<PageStructurePlan> PlanPageStructure(const frames::PageFrame& page, int page_number);

// The Cairo 1.16 structure type for a frame's tag name: the standard type itself, or for a
// PDF 2.0 name its nearest PDF 1.7 type; nullptr when there is none.
const char* CairoStructureType(std::string_view name);

}  // namespace galley::render
