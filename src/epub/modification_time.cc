#include "epub/modification_time.h"

#include <chrono>
#include <cstdio>

#include "model/edition_date.h"
#include "model/front_matter_location.h"

namespace galley::epub {

std::string UtcTime::ToW3c() const {
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour,
                minute, second);
  return text;
}

UtcTime UtcFromEpoch(int64_t seconds) {
  using namespace std::chrono;
  sys_seconds time{std::chrono::seconds(seconds)};
  sys_days days = floor<std::chrono::days>(time);
  year_month_day date(days);
  hh_mm_ss<std::chrono::seconds> clock(time - days);
  return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
          static_cast<int>(static_cast<unsigned>(date.day())), static_cast<int>(clock.hours().count()),
          static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count())};
}

Result<UtcTime> ModificationTime(const model::Document& document,
                                 std::optional<int64_t> source_date_epoch) {
  if (source_date_epoch) return UtcFromEpoch(*source_date_epoch);

  const std::string& date = document.metadata.date;
  if (date.empty()) {
    return InputError(model::FrontMatterLocation(document, "title"),
                      "the EPUB needs a modification date, and the front matter has no `date`",
                      "add `date: YYYY-MM-DD` to the front matter, or set SOURCE_DATE_EPOCH");
  }
  if (std::optional<model::EditionDate> parsed = model::ParseEditionDate(date)) {
    UtcTime time;
    time.year = parsed->year;
    time.month = parsed->month > 0 ? parsed->month : 1;
    time.day = parsed->day > 0 ? parsed->day : 1;
    return time;
  }
  return InputError(model::FrontMatterLocation(document, "date"), "`" + date + "` is not a date",
                    "write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. `date: 2024-03-18`");
}

}  // namespace galley::epub
