// The first part of the HTML report an editor signs off (docs/proof.md, "The HTML report"):
// every spread with a page that prints differently, the pages before and after side by side
// as images drawn from the same frames, each changed line outlined and each changed word
// marked over the image (page_marks.h). Pages whose text only shifted are not drawn but
// named in one line per run; past a limit, changed spreads are listed without images.
#pragma once

#include <string>

#include "base/result.h"
#include "proof/comparison.h"
#include "proof/page_images.h"

namespace galley::proof {

// Spreads drawn at most; a whole-book change (a new type size) lists the rest.
constexpr int kSpreadsDrawn = 40;

// The CSS the section needs, to go in the report's <style>.
extern const char* const kSpreadStyle;

// Appends the section; needs the comparison's frames (it appends nothing without them).
Status AppendChangedSpreads(const Comparison& comparison, PageImages& images, std::string* out);

}  // namespace galley::proof
