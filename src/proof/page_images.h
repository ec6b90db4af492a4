// Page images for the HTML report, drawn by someone else: proof compares frames and knows no
// Cairo (src/proof/README.md), so whoever has the fonts loaded (cli/, with render/'s
// RenderPng) draws a page when the report asks for it, and only the pages it shows.
#pragma once

#include <string>

#include "base/result.h"

namespace galley::proof {

class PageImages {
 public:
  virtual ~PageImages() = default;

  // The PNG bytes of physical page `page` (1-based) of the after side (`after`), else of the
  // before side, drawn from its frames at pixels_per_point().
  virtual Result<std::string> Png(bool after, int page) = 0;

  virtual double pixels_per_point() const = 0;
};

}  // namespace galley::proof
