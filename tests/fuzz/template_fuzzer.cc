// The template parser: a print template (docs/templates.md) read over the shipped default, its
// `extends` chain followed, built into typed settings with its fonts and protrusion tables, then
// a short fixed manuscript typeset with it, so that settings the parser lets through (geometry,
// sizes, rules) meet the layout they drive. Input: a print template, read as
// templates/print/fuzz.template from an in-memory copy of templates/ and fonts/, so that
// `extends = typescript.template` and `../../fonts/…` name the shipped files.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "fuzz/typeset_fixture.h"
#include "layout/template/font_set.h"
#include "layout/template/print_template.h"
#include "manuscript/manuscript_parser.h"

namespace {

constexpr const char* kTemplatePath = "templates/print/fuzz.template";

// Files in memory named as the disk would find them: templates/print/../../fonts/x.otf is
// fonts/x.otf.
class TemplateFiles : public galley::MemoryFileSystem {
 public:
  galley::Result<std::string> ReadFile(const std::string& path) const override {
    return MemoryFileSystem::ReadFile(Normal(path));
  }
  bool Exists(const std::string& path) const override {
    return MemoryFileSystem::Exists(Normal(path));
  }

 private:
  static std::string Normal(const std::string& path) {
    return std::filesystem::path(path).lexically_normal().string();
  }
};

// Copies of the shipped templates, fonts and protrusion table; fuzz.template is added per run.
const TemplateFiles& ShippedFiles() {
  static const TemplateFiles* files = [] {
    auto* fs = new TemplateFiles;
    galley::RealFileSystem disk;
    for (const char* name :
         {"templates/print/default.template", "templates/print/typescript.template",
          "fonts/EBGaramond12-Regular.otf", "fonts/EBGaramond12-Italic.otf",
          "fonts/EBGaramond12-Bold.otf", "fonts/CourierPrime-Regular.otf",
          "fonts/CourierPrime-Italic.otf", "fonts/CourierPrime-Bold.otf",
          "fonts/CourierPrime-BoldItalic.otf", "fonts/protrusion/ebgaramond.txt"}) {
      fs->Add(name, galley::fuzz::Required(disk.ReadFile(galley::fuzz::ProjectFile(name))));
    }
    return fs;
  }();
  return *files;
}

// A heading, paragraphs long enough to break and hyphenate, a note, a list, a quote and a
// print page marker: a page or two of what templates set.
const galley::model::Document& SampleBook() {
  static const galley::model::Document* book = new galley::model::Document(
      galley::fuzz::Required(galley::manuscript::ParseManuscript(
          "---\ntitle: Sample\nauthor: A. Writer\nlanguage: en-US\nsource: The first "
          "edition\ndate: 2026\n---\n\n# The First Chapter\n\n<sc>In the beginning</sc> of "
          "this paragraph the typesetter meets ordinary words, extraordinarily long "
          "incomprehensibilities, and a note.[^1] It runs on over several lines, so that the "
          "breaker has choices to make and hyphens to consider.\n\n<pb n=\"2\"/>\n\nA second "
          "paragraph, with *emphasis*, **strength** and <cite>A Title</cite>.\n\n> A quoted "
          "line,\\\n> and its second line.\n\n1. One item;\n2. another.\n\n* * *\n\n## A "
          "Section\n\nThe end.\n\n[^1]: The note's text.\n",
          "sample.md")));
  return *book;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace galley;
  TemplateFiles fs = ShippedFiles();
  fs.Add(kTemplatePath, std::string(reinterpret_cast<const char*>(data), size));
  Result<layout::PrintTemplate> print_template =
      layout::LoadPrintTemplate(fs, kTemplatePath, "templates/print/default.template");
  if (!print_template.ok()) {
    fuzz::ExpectInputError(print_template.error());
    return 0;
  }
  Result<layout::FontSet> fonts =
      layout::LoadTemplateFonts(fuzz::FuzzFontLibrary(), fs, *print_template);
  if (!fonts.ok()) {
    fuzz::ExpectInputError(fonts.error());
    return 0;
  }
  Result<layout::TypesetBook> book =
      layout::TypesetDocument(SampleBook(), *print_template, *fonts, fuzz::FuzzTypesetOptions());
  if (!book.ok()) fuzz::ExpectInputError(book.error());
  return 0;
}
