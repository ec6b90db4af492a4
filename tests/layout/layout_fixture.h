// What layout tests share: the project's default template and fonts (read from the source
// tree — a missing font or template fails the test, it is never skipped), a typesetter on
// them, and a small builder for model documents written in a test.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "fonts/font_library.h"
#include "io/file_system.h"
#include "layout/pages/typesetter.h"
#include "layout/template/font_set.h"
#include "layout/template/print_template.h"
#include "model/document.h"
#include "support/test_paths.h"

namespace galley::layout::testing {

inline std::string SourcePath(const std::string& relative) {
  return galley::testing::SourceDir() + "/" + relative;
}

// The default template, with any `overrides` ("key = value" lines) appended; font paths are
// resolved against templates/print/ as for the real file.
inline PrintTemplate LoadTemplate(const std::vector<std::string>& overrides = {},
                                  const std::string& name = "default.template") {
  RealFileSystem fs;
  std::string path = SourcePath("templates/print/" + name);
  Result<std::string> text = fs.ReadFile(path);
  EXPECT_TRUE(text.ok()) << path;
  std::string changed;
  std::vector<std::string> keys;
  for (const std::string& line : overrides) keys.push_back(line.substr(0, line.find(" =")));
  size_t start = 0;
  while (start < text->size()) {
    size_t end = text->find('\n', start);
    std::string line = text->substr(start, end - start);
    start = end == std::string::npos ? text->size() : end + 1;
    bool replaced = false;
    for (const std::string& key : keys) replaced = replaced || line.rfind(key + " =", 0) == 0;
    if (!replaced) changed += line + "\n";
  }
  for (const std::string& line : overrides) changed += line + "\n";
  Result<TemplateValues> values = ParseTemplate(changed, path);
  EXPECT_TRUE(values.ok()) << (values.ok() ? "" : values.error().ToString());
  Result<PrintTemplate> built = BuildPrintTemplate(std::move(*values), SourcePath("templates/print"));
  EXPECT_TRUE(built.ok()) << (built.ok() ? "" : built.error().ToString());
  if (built->protrude) {
    Status protrusion = LoadProtrusion(fs, &*built);
    EXPECT_TRUE(protrusion.ok()) << (protrusion.ok() ? "" : protrusion.error().ToString());
  }
  return std::move(*built);
}

class TypesetterTest : public ::testing::Test {
 protected:
  void SetUpTypesetter(const std::vector<std::string>& overrides = {},
                       const std::string& name = "default.template") {
    template_ = std::make_unique<PrintTemplate>(LoadTemplate(overrides, name));
    Result<std::unique_ptr<fonts::FontLibrary>> library = fonts::FontLibrary::Create();
    ASSERT_TRUE(library.ok());
    library_ = std::move(*library);
    Result<FontSet> fonts = LoadTemplateFonts(*library_, fs_, *template_);
    ASSERT_TRUE(fonts.ok()) << fonts.error().ToString();
    fonts_ = *fonts;
    Result<std::unique_ptr<Typesetter>> setter =
        Typesetter::Create(*template_, fonts_, {"en-US", {"test.md", {}}}, "test.md");
    ASSERT_TRUE(setter.ok()) << setter.error().ToString();
    setter_ = std::move(*setter);
  }

  RealFileSystem fs_;
  std::unique_ptr<PrintTemplate> template_;
  std::unique_ptr<fonts::FontLibrary> library_;
  FontSet fonts_;
  std::unique_ptr<Typesetter> setter_;
};

// Model builders.
inline model::Inline Text(std::string text, int line = 1, int column = 1) {
  model::Inline node;
  node.text = std::move(text);
  node.range.begin = {line, column};
  return node;
}

inline model::Inline Wrap(model::InlineKind kind, std::vector<model::Inline> children) {
  model::Inline node;
  node.kind = kind;
  node.children = std::move(children);
  return node;
}

inline model::Inline Marker(std::string label) {
  model::Inline node;
  node.kind = model::InlineKind::kPageStart;
  node.page = model::ClassifyPageStart(std::move(label));
  return node;
}

inline model::Block Paragraph(std::vector<model::Inline> inlines, int line = 1) {
  model::Block block;
  block.kind = model::BlockKind::kParagraph;
  block.inlines = std::move(inlines);
  block.range.begin = {line, 1};
  return block;
}

inline model::Block Heading(int level, std::string text, std::string id, int line = 1) {
  model::Block block;
  block.kind = model::BlockKind::kHeading;
  block.level = level;
  block.id = std::move(id);
  block.inlines = {Text(std::move(text), line)};
  block.range.begin = {line, 1};
  return block;
}

// Prose long enough to fill lines, different for each `seed` so paragraphs differ.
inline std::string Prose(int words, int seed = 0) {
  static const char* const kWords[] = {
      "the",     "working", "class",    "had",        "taken",     "power",   "three",
      "and",     "a",       "half",     "years",      "earlier,",  "in",      "greatest",
      "revolution", "of",   "all",      "time.",      "But",       "it",      "seen",
      "that",    "slowly",  "slip",     "from",       "its",       "hands,",  "first",
      "factories,", "later", "Soviets.", "bureaucracy", "emerging.", "Its",    "core",
      "was",     "Bolshevik", "party,", "whose",      "patronage", "becoming", "essential"};
  const int count = sizeof kWords / sizeof kWords[0];
  std::string out;
  for (int i = 0; i < words; ++i) {
    if (i > 0) out += ' ';
    out += kWords[(i * 7 + seed * 13 + i / count) % count];
  }
  return out + ".";
}

}  // namespace galley::layout::testing
