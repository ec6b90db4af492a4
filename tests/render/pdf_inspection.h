// Reading a rendered PDF back for the tests, through the machine's tools: qpdf's QDF form
// (objects uncompressed, one per "N 0 obj … endobj"), pdfinfo's fields and pdftotext's text.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
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

// The structure tag around each text-showing operator (Tj/TJ) of a content stream, in order;
// "" for text outside any BDC … EMC. A BDC without /MCID (Cairo's /ActualText for a ligature)
// is not a structure element: its text counts for the element around it.
inline std::vector<std::string> TextMarks(const std::string& content);

// Definitions. Header-only because tests/CMakeLists.txt builds only *_test.cc files.

inline PdfInspection::PdfInspection(const std::string& name, const std::string& pdf) {
  path_ = WriteTemporary(name + ".pdf", pdf);
  ToolRun check = RunTool("qpdf --check " + path_ + " 2>&1");
  EXPECT_EQ(check.exit_code, 0) << "qpdf --check fails:\n" << check.output;
  ToolRun qdf = RunTool("qpdf --qdf --object-streams=disable " + path_ + " -");
  EXPECT_EQ(qdf.exit_code, 0);
  qdf_ = qdf.output;
  // "N 0 obj\n…\nendobj", read with find: std::regex recurses per character and overflowed
  // the stack on large objects under AddressSanitizer.
  for (size_t at = qdf_.find(" 0 obj\n"); at != std::string::npos;
       at = qdf_.find(" 0 obj\n", at + 1)) {
    size_t digits = at;
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(qdf_[digits - 1]))) --digits;
    if (digits == at || (digits > 0 && qdf_[digits - 1] != '\n')) continue;
    size_t body = at + 7;
    size_t end = qdf_.find("\nendobj", body);
    if (end == std::string::npos) break;
    objects_[std::stoi(qdf_.substr(digits, at - digits))] = qdf_.substr(body, end - body);
    at = end;
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
  for (size_t at = object.find(key); at != std::string::npos; at = object.find(key, at + 1)) {
    size_t digits = object.find_first_not_of(" \t\r\n", at + key.size());
    if (digits == at + key.size() || digits == std::string::npos) continue;
    size_t end = digits;
    while (end < object.size() && std::isdigit(static_cast<unsigned char>(object[end]))) ++end;
    if (end == digits || object.compare(end, 4, " 0 R") != 0) continue;
    auto found = objects_.find(std::stoi(object.substr(digits, end - digits)));
    return found == objects_.end() ? "" : found->second;
  }
  return "";
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

// Splits a content stream into whitespace-separated tokens, keeping a "<<…>>" dictionary and a
// "(…)", "<…>" or "[…]" operand as one token each (enough for Cairo's streams).
inline std::vector<std::string> ContentTokens(const std::string& content) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < content.size()) {
    unsigned char c = static_cast<unsigned char>(content[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    if (content.compare(i, 2, "<<") == 0) {
      end = content.find(">>", i);
      end = end == std::string::npos ? content.size() : end + 2;
    } else if (c == '<') {
      end = content.find('>', i);
      end = end == std::string::npos ? content.size() : end + 1;
    } else if (c == '(' || c == '[') {
      char close = c == '(' ? ')' : ']';
      while (end < content.size() && content[end] != close) end += content[end] == '\\' ? 2 : 1;
      end = std::min(end + 1, content.size());
    } else {
      while (end < content.size() && !std::isspace(static_cast<unsigned char>(content[end])) &&
             content[end] != '(' && content[end] != '[' && content[end] != '<' &&
             content[end] != '/') {
        ++end;
      }
    }
    tokens.push_back(content.substr(i, end - i));
    i = end;
  }
  return tokens;
}

inline std::vector<std::string> TextMarks(const std::string& content) {
  std::vector<std::string> marks;
  std::vector<std::string> open;
  std::vector<std::string> tokens = ContentTokens(content);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& token = tokens[i];
    bool named = i >= 1 && tokens[i - 1].size() > 1 && tokens[i - 1][0] == '/';
    if (token == "BMC" && named) {
      open.push_back(tokens[i - 1].substr(1));
    } else if (token == "BDC" && i >= 2 && tokens[i - 1].starts_with("<<") &&
               tokens[i - 2].size() > 1 && tokens[i - 2][0] == '/') {
      // A sequence without /MCID (a ligature's /ActualText) belongs to no structure element:
      // its text stays with the one around it.
      bool structure = tokens[i - 1].find("/MCID") != std::string::npos;
      open.push_back(structure || open.empty() ? tokens[i - 2].substr(1) : open.back());
    } else if (token == "EMC") {
      if (!open.empty()) open.pop_back();
    } else if (token == "Tj" || token == "TJ") {
      marks.push_back(open.empty() ? "" : open.back());
    }
  }
  return marks;
}

}  // namespace galley::render::testing
