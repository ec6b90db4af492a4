// Marks a page's unmarked content as artifacts (ISO 32000-1 §14.8.2.2), for the incremental
// update: Cairo 1.16 has no artifacts, so the painter draws running heads, folios, margin page
// numbers, ornaments and crop marks outside every structure element, where Cairo leaves them
// unmarked — outside the structure tree, but, to a checker or a screen reader, content that
// was forgotten rather than content that is not part of the text. Each such graphics object
// (a text object BT … ET, a path from its first construction operator to its painting
// operator, an XObject or shading painted with Do or sh) is wrapped in "/Artifact BMC … EMC".
// Content inside a structure element (a marked-content sequence with an /MCID) is left alone,
// and so is everything else; a wrapped object is one graphics object, so the new sequences
// nest properly with text objects, q/Q and the marked content around them (§14.6).
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace galley::render {

struct MarkedContent {
  std::string content;  // the content stream with the artifacts marked
  int artifacts = 0;    // graphics objects newly marked
};

// Errors (kInternal): a string, array or dictionary that does not end, or an EMC without a
// marked-content sequence to close — not a content stream Cairo writes.
Result<MarkedContent> MarkUnmarkedContentAsArtifacts(std::string_view content);

}  // namespace galley::render
