#include "epub/imprint_page.h"

#include <pugixml.hpp>

#include "epub/package_document.h"
#include "epub/package_layout.h"
#include "epub/xhtml_page.h"
#include "model/book_words.h"

namespace galley::epub {

std::vector<std::string> ImprintLines(const model::Metadata& metadata,
                                      const fonts::FontCredit& font) {
  model::BookWords words = model::BookWords::For(metadata);
  std::vector<std::string> lines;
  std::string edition = PrintEdition(metadata);
  if (!edition.empty()) lines.push_back(words.Fill("source", {{"source", edition}}) + ".");
  if (!metadata.publisher.empty()) {
    std::string published = words.Fill("published-by", {{"publisher", metadata.publisher}});
    lines.push_back(published + (metadata.date.empty() ? "" : ", " + metadata.date) + ".");
  } else if (!metadata.date.empty()) {
    lines.push_back(metadata.date + ".");
  }
  if (!metadata.rights.empty()) lines.push_back(metadata.rights);
  if (!metadata.identifier.empty()) lines.push_back(metadata.identifier);
  if (lines.empty()) return lines;
  const std::string& family = font.family;
  lines.push_back(words.Fill("set-in", {{"font", family}, {"version", GALLEY_VERSION}}));
  if (!font.copyright.empty() && !font.licence.empty()) {
    lines.push_back(words.Fill("font-credit", {{"font", family},
                                               {"copyright", font.copyright},
                                               {"licence", font.licence}}));
  }
  return lines;
}

std::string ImprintPageXhtml(const model::Metadata& metadata, const std::vector<std::string>& lines,
                             TextCoverage* coverage) {
  model::BookWords words = model::BookWords::For(metadata);
  pugi::xml_document page;
  pugi::xml_node body =
      StartXhtmlPage(page, {metadata.language, words.Get("imprint"), kStylesheetFromText});
  body.append_attribute("epub:type") = "frontmatter";
  pugi::xml_node section = AppendBlock(body, "section");
  section.append_attribute("epub:type") = "imprint";
  section.append_attribute("class") = "imprint";
  section.append_attribute("aria-label") = words.Get("imprint").c_str();
  coverage->Add(FaceFile::kRegular, words.Get("imprint"));
  for (const std::string& line : lines) {
    AppendText(AppendBlock(section, "p"), line);
    coverage->Add(FaceFile::kRegular, line);
  }
  section.append_child(pugi::node_pcdata).set_value("\n");
  body.append_child(pugi::node_pcdata).set_value("\n");
  return SerializeXml(page);
}

}  // namespace galley::epub
