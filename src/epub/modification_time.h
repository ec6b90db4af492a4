// The package's last-modification time (`dcterms:modified`, EPUB 3.3 §5.5.6: required, UTC,
// "CCYY-MM-DDThh:mm:ssZ"). It must not come from the clock, or two builds of the same text
// would differ: it is SOURCE_DATE_EPOCH when the caller has one (reproducible-builds.org), else
// the manuscript's `date` at midnight UTC. The ZIP entries carry the same date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/result.h"
#include "model/document.h"

namespace galley::epub {

struct UtcTime {
  int year = 1970, month = 1, day = 1;
  int hour = 0, minute = 0, second = 0;

  std::string ToW3c() const;  // "2024-03-18T00:00:00Z"
};

// The UTC calendar time `seconds` after 1970-01-01T00:00:00Z.
UtcTime UtcFromEpoch(int64_t seconds);

// From `source_date_epoch` if given, else from the metadata's `date` (YYYY, YYYY-MM or
// YYYY-MM-DD; a missing month or day counts as 1). Fails, pointing at the front matter, when
// neither is there or the date is malformed.
Result<UtcTime> ModificationTime(const model::Document& document,
                                 std::optional<int64_t> source_date_epoch);

}  // namespace galley::epub
