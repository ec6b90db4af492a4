// The limits a book's quality is measured against, read from the template settings its frames
// carry (so a record read back is measured exactly as its book was): the page builder's own
// rules, which a page that "broke the rules" to go on may still violate, and the line breaker's.
#pragma once

#include "frames/page_frame.h"

namespace galley::quality {

struct QualityLimits {
  int max_hyphen_run = 2;     // linebreak.max-consecutive-hyphens; 0: no limit
  double loose_ratio = 1;     // a justified line set looser than its full stretch
  int widow_lines = 2;        // pages.widow-lines
  int orphan_lines = 2;       // pages.orphan-lines
  int stub_lines = 5;         // pages.stub-lines
};

// The limits of `frames`' template; a key the frames lack keeps the default above.
QualityLimits LimitsOf(const frames::DocumentFrames& frames);

}  // namespace galley::quality
