// Reading a rendered PDF back for the tests, through the machine's tools: qpdf's QDF form
// (objects uncompressed, one per "N 0 obj … endobj"), pdfinfo's fields and pdftotext's text.
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "render_fixture.h"

namespace galley::render::testing {

class PdfInspection {
 public:
  // Writes `pdf` to a temporary file named after `name` and reads it with the tools.
  PdfInspection(const std::string& name, const std::string& pdf);
  ~PdfInspection() { std::remove(path_.c_str()); }
  PdfInspection(const PdfInspection&) = delete;
  PdfInspection& operator=(const PdfInspection&) = delete;

  const std::string& path() const { return path_; }
  const std::string& qdf() const { return qdf_; }
  // pdfinfo's "Key: value" lines.
  std::string Info(const std::string& key) const;
  // pdftotext -enc UTF-8 of pages first..last (1-based; 0 = all), or with -layout.
  std::string Text(int first = 0, int last = 0, bool layout = false) const;

  // QDF objects by number.
  const std::map<int, std::string>& objects() const { return objects_; }
  // The objects whose text contains `needle`.
  std::vector<std::string> ObjectsWith(const std::string& needle) const;
  // The text of the object `key` refers to ("/Parent 12 0 R") in `object`; empty if none.
  std::string Referenced(const std::string& object, const std::string& key) const;
  // The decompressed content streams of each page, in page order.
  std::vector<std::string> PageContents() const;

 private:
  std::string path_, qdf_;
  std::map<int, std::string> objects_;
  std::map<std::string, std::string> info_;
};

// The marked-content tag around each text-showing operator (Tj/TJ) of a content stream, in
// order; "" for text outside any BDC … EMC.
inline std::vector<std::string> TextMarks(const std::string& content);

// Definitions. Header-only because tests/CMakeLists.txt builds only *_test.cc files.

inline PdfInspection::PdfInspection(const std::string& name, const std::string& pdf) {
  path_ = WriteTemporary(name + ".pdf", pdf);
  ToolRun check = RunTool("qpdf --check " + path_ + " 2>&1");
  EXPECT_EQ(check.exit_code, 0) << "qpdf --check fails:\n" << check.output;
  ToolRun qdf = RunTool("qpdf --qdf --object-streams=disable " + path_ + " -");
  EXPECT_EQ(qdf.exit_code, 0);
  qdf_ = qdf.output;
  static const std::regex kObject(R"((\d+) 0 obj\n([\s\S]*?)\nendobj)");
  for (std::sregex_iterator it(qdf_.begin(), qdf_.end(), kObject), end; it != end; ++it) {
    objects_[std::stoi((*it)[1])] = (*it)[2];
  }
  ToolRun info = RunTool("pdfinfo -isodates " + path_);
  EXPECT_EQ(info.exit_code, 0);
  std::istringstream lines(info.output);
  for (std::string line; std::getline(lines, line);) {
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    size_t value = line.find_first_not_of(' ', colon + 1);
    info_[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
  }
}

inline std::string PdfInspection::Info(const std::string& key) const {
  auto found = info_.find(key);
  return found == info_.end() ? "" : found->second;
}

inline std::string PdfInspection::Text(int first, int last, bool layout) const {
  std::string range;
  if (first > 0) range = " -f " + std::to_string(first) + " -l " + std::to_string(last);
  ToolRun text =
      RunTool("pdftotext -enc UTF-8" + range + (layout ? " -layout " : " ") + path_ + " -");
  EXPECT_EQ(text.exit_code, 0);
  return text.output;
}

inline std::vector<std::string> PdfInspection::ObjectsWith(const std::string& needle) const {
  std::vector<std::string> found;
  for (const auto& [number, text] : objects_) {
    if (text.find(needle) != std::string::npos) found.push_back(text);
  }
  return found;
}

inline std::string PdfInspection::Referenced(const std::string& object,
                                             const std::string& key) const {
  std::smatch match;
  std::regex pattern(key + R"(\s+(\d+) 0 R)");
  if (!std::regex_search(object, match, pattern)) return "";
  auto found = objects_.find(std::stoi(match[1]));
  return found == objects_.end() ? "" : found->second;
}

inline std::vector<std::string> PdfInspection::PageContents() const {
  std::vector<std::string> contents;
  for (const std::string& page : ObjectsWith("/Type /Page\n")) {
    std::string stream = Referenced(page, "/Contents");
    size_t begin = stream.find("stream\n");
    size_t end = stream.rfind("endstream");
    contents.push_back(begin == std::string::npos ? "" : stream.substr(begin + 7, end - begin - 7));
  }
  return contents;
}

inline std::vector<std::string> TextMarks(const std::string& content) {
  std::vector<std::string> marks;
  std::vector<std::string> open;
  static const std::regex kToken(R"(/(\w+) <<[^>]*>> BDC|/(\w+) BMC|\bEMC\b|\bT[jJ]\b)");
  for (std::sregex_iterator it(content.begin(), content.end(), kToken), end; it != end; ++it) {
    std::string token = (*it)[0];
    if ((*it)[1].matched) {
      open.push_back((*it)[1]);
    } else if ((*it)[2].matched) {
      open.push_back((*it)[2]);
    } else if (token == "EMC") {
      if (!open.empty()) open.pop_back();
    } else {
      marks.push_back(open.empty() ? "" : open.back());
    }
  }
  return marks;
}

}  // namespace galley::render::testing
