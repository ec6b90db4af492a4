// Where a line may break, by the Unicode line breaking algorithm (UAX #14) as ICU implements
// it: after spaces, after hyphens and dashes, around em dashes, never at a no-break space.
// One finder is reused for every paragraph (opening an ICU break iterator is the costly part).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

struct UBreakIterator;
struct UText;

namespace galley::layout {

class LineBreakFinder {
 public:
  // `language` is a BCP 47 tag; ICU's line rules are the same for English and most languages
  // written in Latin script, but the tag selects tailorings where ICU has them.
  static Result<std::unique_ptr<LineBreakFinder>> Create(const std::string& language);
  ~LineBreakFinder();
  LineBreakFinder(const LineBreakFinder&) = delete;
  LineBreakFinder& operator=(const LineBreakFinder&) = delete;

  // Byte offsets in `text` where a new line may begin, ascending, ending with text.size().
  // Offset 0 is never included.
  void Find(std::string_view text, std::vector<uint32_t>* opportunities);

 private:
  // A text found recently, with what ICU found in it.
  struct Found {
    std::string text;
    std::vector<uint32_t> opportunities;  // empty: nothing found yet in this slot
  };
  // A paragraph's items are built again from the same text when its first, unhyphenated try
  // fails (and again when it is relaxed), so its sections are asked for again soon after:
  // the last few are kept and not given to ICU twice.
  static constexpr size_t kRemembered = 8;

  LineBreakFinder() = default;
  void FindWithIcu(std::string_view text, std::vector<uint32_t>* opportunities);

  UBreakIterator* iterator_ = nullptr;
  UText* text_ = nullptr;
  std::array<Found, kRemembered> found_;
  size_t next_ = 0;  // the slot the next new text takes
};

}  // namespace galley::layout
