// The front matter's `date`: YYYY, YYYY-MM or YYYY-MM-DD (the forms EPUB's dc:date takes from
// ISO 8601 / W3CDTF). Read in one place for every stage that needs it: the manuscript parser
// and `galley clean` check it, the EPUB's dcterms:modified and the PDF's dates complete it to a
// day. Year 0000 is refused: epubcheck warns on it (OPF-053), and no edition has it.
#pragma once

#include <optional>
#include <string_view>

namespace galley::model {

struct EditionDate {
  int year = 0;   // 1–9999
  int month = 0;  // 1–12, 0 when not given
  int day = 0;    // 1–31 and a real day of that month, 0 when not given
};

std::optional<EditionDate> ParseEditionDate(std::string_view text);

}  // namespace galley::model
