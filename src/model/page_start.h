// Where a page of the printed original begins (`<pb n="…"/>`, docs/manuscript.md), with its
// label classified once, by the manuscript parser: an arabic folio ("7"), a lower-case roman one
// ("iv"), or any other label ("A-3", "12a", "b"). The back ends read these fields as they are —
// the margin reference and the named destination in print, the page-break span, the page list
// and the NCX's page types in the EPUB — and none looks at the label's characters again.
#pragma once

#include <cstdint>
#include <string>

namespace galley::model {

struct PageStart {
  enum class Numbering : uint8_t {
    kArabic,  // "7": a body page (NCX "normal")
    kRoman,   // "iv": a front-matter page (NCX "front")
    kOther,   // "A-3", "12a": a plate, an insert, a lettered page (NCX "special")
  };

  std::string label;  // as written in the manuscript
  Numbering numbering = Numbering::kOther;
  int number = 0;  // kArabic and kRoman: the label's value ("iv" → 4); kOther: 0

  // The page's anchor, unique in a book: "page-6".
  std::string id() const { return "page-" + label; }

  friend bool operator==(const PageStart&, const PageStart&) = default;
};

// `label` classified: its numbering and value.
PageStart ClassifyPageStart(std::string label);

}  // namespace galley::model
