// How errors and warnings quote what the user wrote. A message names the offending value so the
// user can find it, but a value can be a whole paragraph (an overfull line, a metadata value of
// 27 KB, a correction's text): quoting it in full floods the terminal and the log. Every message
// that quotes user text passes it through ClipForMessage.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace galley {

// How many code points of a value a message quotes before cutting it: a long title or an
// overfull line fits whole, a paragraph does not.
inline constexpr size_t kQuotedValueLimit = 80;

// `value` when it has at most `limit` code points; otherwise its first `limit` code points
// (never a split UTF-8 sequence) followed by "…". Line breaks in it are shown as "⏎" so a
// message stays on one line. The result is const so that `"\"" + ClipForMessage(v)` copies
// rather than inserting into the temporary, where GCC 12 warns falsely (-Wrestrict).
const std::string ClipForMessage(std::string_view value, size_t limit = kQuotedValueLimit);

}  // namespace galley
