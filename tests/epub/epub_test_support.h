// What the EPUB tests share: small model documents built in code, the project's fonts and
// stylesheet as writer options, and readers for what the writer produces (ZIP entries, XML).
#pragma once

#include <gtest/gtest.h>
#include <pugixml.hpp>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "epub/epub_options.h"
#include "model/document.h"
#include "support/test_paths.h"

namespace galley::epub::testing {

// ---- Model documents --------------------------------------------------------------------

inline model::Inline Text(std::string text) {
  model::Inline in;
  in.kind = model::InlineKind::kText;
  in.text = std::move(text);
  return in;
}

inline model::Inline Wrap(model::InlineKind kind, std::vector<model::Inline> children) {
  model::Inline in;
  in.kind = kind;
  in.children = std::move(children);
  return in;
}

inline model::Inline InlinePage(std::string label) {
  model::Inline in;
  in.kind = model::InlineKind::kPageStart;
  in.page = model::ClassifyPageStart(std::move(label));
  return in;
}

inline model::Inline NoteRef(int number) {
  model::Inline in;
  in.kind = model::InlineKind::kNoteRef;
  in.text = std::to_string(number);
  in.number = number;
  return in;
}

inline model::Inline LineBreak() {
  model::Inline in;
  in.kind = model::InlineKind::kLineBreak;
  return in;
}

inline model::Block Paragraph(std::vector<model::Inline> inlines, int line = 0) {
  model::Block block;
  block.kind = model::BlockKind::kParagraph;
  block.inlines = std::move(inlines);
  block.range.begin = {line, 1};
  return block;
}

inline model::Block Heading(int level, std::string id, std::string text, int line = 0) {
  model::Block block;
  block.kind = model::BlockKind::kHeading;
  block.level = level;
  block.id = std::move(id);
  block.inlines = {Text(std::move(text))};
  block.range.begin = {line, 1};
  return block;
}

inline model::Block PageMarker(std::string label, int line = 0) {
  model::Block block;
  block.kind = model::BlockKind::kPageStart;
  block.page = model::ClassifyPageStart(std::move(label));
  block.range.begin = {line, 1};
  return block;
}

inline model::Block SceneBreak() {
  model::Block block;
  block.kind = model::BlockKind::kSceneBreak;
  return block;
}

inline model::Block Container(model::BlockKind kind, std::vector<model::Block> children) {
  model::Block block;
  block.kind = kind;
  block.children = std::move(children);
  return block;
}

inline model::Block Note(int number, std::vector<model::Block> children) {
  model::Block block = Container(model::BlockKind::kNote, std::move(children));
  block.number = number;
  block.label = std::to_string(number);
  block.id = "note-" + std::to_string(number);
  return block;
}

inline model::Section HeadedSection(model::Block heading, std::vector<model::Block> blocks,
                                    std::vector<model::Section> subsections = {}) {
  model::Section section;
  section.has_heading = true;
  section.heading = std::move(heading);
  section.blocks = std::move(blocks);
  section.subsections = std::move(subsections);
  return section;
}

inline model::Section LeadSection(std::vector<model::Block> blocks) {
  model::Section section;
  section.blocks = std::move(blocks);
  return section;
}

inline model::Division Division(model::DivisionKind kind, std::string id, std::string role,
                                std::string title, std::vector<model::Section> sections) {
  model::Division division;
  division.kind = kind;
  division.id = std::move(id);
  division.role = std::move(role);
  division.title = std::move(title);
  division.sections = std::move(sections);
  return division;
}

// Metadata every EPUB needs, with positions for error messages.
inline model::Metadata BookMetadata() {
  model::Metadata metadata;
  metadata.title = "Kronstadt 21";
  metadata.creators = {{"Victor Serge", "Serge, Victor", "aut"}};
  metadata.language = "en-US";
  metadata.publisher = "Solidarity";
  metadata.source = "Solidarity pamphlet";
  metadata.source_date = "1961";
  metadata.date = "2024-03-18";
  metadata.rights = "Public domain";
  metadata.positions = {{"title", {2, 8}}, {"language", {4, 11}}, {"date", {8, 7}}};
  return metadata;
}

// A book with a front division, a body of two headed sections and a colophon.
inline model::Document SmallDocument() {
  using model::DivisionKind;
  model::Document document;
  document.source_path = "book.md";
  document.metadata = BookMetadata();
  document.divisions.push_back(Division(
      DivisionKind::kFront, "biography", "biography", "About the Author",
      {LeadSection({Paragraph({Text("Victor Serge was born in Brussels.")})})}));
  document.divisions.push_back(Division(
      DivisionKind::kBody, "body", "", "",
      {HeadedSection(Heading(1, "kronstadt-21", "Kronstadt 21"),
                     {Paragraph({Wrap(model::InlineKind::kSmallCaps, {Text("DURING THE NIGHT,")}),
                                 Text(" I was awakened.")}),
                      PageMarker("6", 20),
                      Paragraph({Text("Page six begins here.")})},
                     {HeadedSection(Heading(2, "the-party-reflex", "The Party Reflex"),
                                    {Paragraph({Text("Lies and threats.")})})}),
       HeadedSection(Heading(1, "the-danger", "The Danger Was Within"),
                     {Paragraph({Text("The end, on "), InlinePage("7"), Text("page seven.")})})}));
  document.divisions.push_back(Division(
      DivisionKind::kBack, "colophon", "colophon", "Colophon",
      {LeadSection({Paragraph({Text("Published by Solidarity.")})})}));
  return document;
}

// ---- Writer options ---------------------------------------------------------------------

inline EpubOptions ProjectOptions() {
  const std::string root = galley::testing::SourceDir();
  EpubOptions options;
  options.fonts.regular = root + "/fonts/EBGaramond12-Regular.otf";
  options.fonts.italic = root + "/fonts/EBGaramond12-Italic.otf";
  options.fonts.bold = root + "/fonts/EBGaramond12-Bold.otf";
  options.stylesheet = root + "/templates/epub/book.css";
  return options;
}

// ---- Reading what was written ------------------------------------------------------------

struct ZipEntry {
  std::string name;
  std::string bytes;
  bool stored = false;  // not compressed
};

inline std::vector<ZipEntry> ReadZip(const std::string& archive) {
  std::vector<ZipEntry> entries;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
  zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (zip == nullptr) {
    ADD_FAILURE() << "not a ZIP archive: " << zip_error_strerror(&error);
    if (source) zip_source_free(source);
    return entries;
  }
  zip_int64_t count = zip_get_num_entries(zip, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    zip_stat_index(zip, i, 0, &stat);
    ZipEntry entry{stat.name, std::string(stat.size, '\0'), stat.comp_method == ZIP_CM_STORE};
    zip_file_t* file = zip_fopen_index(zip, i, 0);
    zip_fread(file, entry.bytes.data(), stat.size);
    zip_fclose(file);
    entries.push_back(std::move(entry));
  }
  zip_close(zip);
  return entries;
}

inline std::string EntryBytes(const std::vector<ZipEntry>& entries, const std::string& name) {
  for (const ZipEntry& entry : entries) {
    if (entry.name == name) return entry.bytes;
  }
  ADD_FAILURE() << "no entry " << name;
  return {};
}

// Parses XML text; a parse error fails the test.
inline void ParseXml(const std::string& text, pugi::xml_document* document) {
  pugi::xml_parse_result result = document->load_string(text.c_str());
  ASSERT_TRUE(result) << result.description() << " at offset " << result.offset << " in:\n" << text;
}

// The text of every node matching `xpath`, in document order.
inline std::vector<std::string> Select(const pugi::xml_document& document, const char* xpath,
                                       const char* attribute = nullptr) {
  std::vector<std::string> values;
  for (const pugi::xpath_node& node : document.select_nodes(xpath)) {
    if (attribute != nullptr) {
      values.push_back(node.node().attribute(attribute).value());
    } else if (node.attribute()) {
      values.push_back(node.attribute().value());
    } else {
      values.push_back(node.node().text().get());
    }
  }
  return values;
}

}  // namespace galley::epub::testing
