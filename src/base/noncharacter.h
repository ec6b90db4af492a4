// Unicode's noncharacters — U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE,
// U+FFFF, U+1FFFE … U+10FFFF) — are kept for a program's internal use and never belong in text
// that is interchanged (The Unicode Standard, §23.7). Cairo refuses to draw text holding one,
// and XML forbids U+FFFE and U+FFFF, so a book cannot carry them; in an OCR'd text one is
// usually a misread byte-order mark.
#pragma once

#include <cstddef>
#include <string_view>

#include "base/error.h"

namespace galley {

bool IsNoncharacter(char32_t c);

// The byte offset of the first noncharacter in `text` (well-formed UTF-8), or npos.
size_t FindNoncharacter(std::string_view text);

// The input error for noncharacter `c` found at `where`.
Error NoncharacterError(const SourceLocation& where, char32_t c);

}  // namespace galley
