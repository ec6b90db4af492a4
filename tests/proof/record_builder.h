// Small layout records for tests, written line by line in the format `galley pdf --record`
// writes (docs/layout-record.md), so that every test also goes through the parser.
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "proof/record.h"

namespace galley::proof {

class RecordBuilder {
 public:
  explicit RecordBuilder(int pages, std::string title = "Kronstadt 21") {
    text_ = "# galley layout record\n# title: " + title +
            "\n# template: templates/print/default.template\n# pages: " + std::to_string(pages) +
            "\n# page  line kind  ratio flags | text\n";
  }

  // One typeset line; `flags` as in the record ("-", "h", "o", "hu"…).
  RecordBuilder& Line(const std::string& page, int source_line, const std::string& text,
                      const std::string& flags = "-", double ratio = 0,
                      const std::string& kind = "p") {
    char prefix[96];
    std::snprintf(prefix, sizeof prefix, "%6s %5d %-4s %+6.3f %-5s| ", page.c_str(), source_line,
                  kind.c_str(), ratio, flags.c_str());
    text_ += prefix + text + "\n";
    return *this;
  }

  const std::string& text() const { return text_; }

  Record Build(const std::string& path = "test.lines.txt") const {
    Result<Record> record = ParseRecord(text_, path);
    EXPECT_TRUE(record.ok()) << record.error().ToString();
    return record.ok() ? std::move(record).value() : Record{};
  }

 private:
  std::string text_;
};

}  // namespace galley::proof
