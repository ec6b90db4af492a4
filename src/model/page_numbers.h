// What a print page label counts as: an arabic folio ("7") or a lower-case Roman one ("iv"),
// the two numberings books use. Defined once for the back ends that number pages after them —
// the NCX page list's page types and the PDF's page-label ranges.
#pragma once

#include <optional>
#include <string_view>

namespace galley::model {

// "7" → 7; "07", "", "7a" → nothing.
std::optional<int> ArabicPageNumber(std::string_view label);

// "iv" → 4; only the canonical form of 1–3999 counts ("iiii", "IV", "vx" → nothing).
std::optional<int> RomanPageNumber(std::string_view label);

}  // namespace galley::model
