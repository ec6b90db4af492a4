#include "epub/front_pages.h"

#include <pugixml.hpp>

#include "epub/package_layout.h"
#include "epub/xhtml_page.h"
#include "model/book_words.h"

namespace galley::epub {

namespace {

bool HasRole(const model::Contributor& contributor, const std::string& role) {
  if (role.empty()) return true;
  std::string own = contributor.role.empty() ? "aut" : contributor.role;
  return own == role;
}

// `face` is the one book.css sets the paragraph in.
pugi::xml_node AppendParagraph(pugi::xml_node parent, const char* class_name,
                               const std::string& text, FaceFile face, TextCoverage* coverage) {
  pugi::xml_node p = AppendBlock(parent, "p");
  p.append_attribute("class") = class_name;
  AppendText(p, text);
  coverage->Add(face, text);
  return p;
}

}  // namespace

std::string JoinNames(const model::Metadata& metadata, const std::string& role) {
  const std::string and_word = model::BookWords::For(metadata).Get("and");
  std::vector<std::string> names;
  for (const model::Contributor& contributor : metadata.creators) {
    if (HasRole(contributor, role)) names.push_back(contributor.name);
  }
  std::string joined;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) joined += i + 1 == names.size() ? " " + and_word + " " : ", ";
    joined += names[i];
  }
  return joined;
}

std::string CoverAltText(const model::Metadata& metadata) {
  model::BookWords words = model::BookWords::For(metadata);
  std::string title = metadata.title;
  if (!metadata.subtitle.empty()) title += ": " + metadata.subtitle;
  std::string text = words.Fill("cover-image", {{"title", title}});
  std::string authors = JoinNames(metadata, "aut");
  if (!authors.empty()) text += ", " + words.Fill("by", {{"names", authors}});
  text += ".";
  if (!metadata.publisher.empty()) text += " " + metadata.publisher + ".";
  return text;
}

std::string CoverPageXhtml(const model::Metadata& metadata, const std::string& image_href) {
  pugi::xml_document page;
  pugi::xml_node body = StartXhtmlPage(page, {metadata.language, metadata.title, kStylesheetFromText});
  body.append_attribute("class") = "cover-page";
  body.append_attribute("epub:type") = "frontmatter";
  pugi::xml_node section = AppendBlock(body, "section");
  section.append_attribute("class") = "cover";
  section.append_attribute("aria-label") = model::BookWords::For(metadata).Get("cover").c_str();
  // epub:type and the matching DPUB-ARIA role go on the image itself: doc-cover is allowed
  // only on <img>.
  pugi::xml_node img = AppendBlock(section, "img");
  img.append_attribute("epub:type") = "cover";
  img.append_attribute("role") = "doc-cover";
  img.append_attribute("src") = image_href.c_str();
  img.append_attribute("alt") = CoverAltText(metadata).c_str();
  section.append_child(pugi::node_pcdata).set_value("\n");
  body.append_child(pugi::node_pcdata).set_value("\n");
  return SerializeXml(page);
}

std::string TitlePageXhtml(const model::Metadata& metadata, TextCoverage* coverage) {
  pugi::xml_document page;
  pugi::xml_node body = StartXhtmlPage(page, {metadata.language, metadata.title, kStylesheetFromText});
  body.append_attribute("epub:type") = "frontmatter";
  pugi::xml_node section = AppendBlock(body, "section");
  section.append_attribute("epub:type") = "titlepage";
  section.append_attribute("class") = "title-page";
  model::BookWords words = model::BookWords::For(metadata);
  section.append_attribute("aria-label") = words.Get("title-page").c_str();
  pugi::xml_node title = AppendBlock(section, "h1");
  title.append_attribute("class") = "title";
  title.append_attribute("epub:type") = "title";
  AppendText(title, metadata.title);
  coverage->Add(FaceFile::kRegular, metadata.title);
  if (!metadata.subtitle.empty()) AppendParagraph(section, "subtitle", metadata.subtitle, FaceFile::kItalic, coverage);
  std::string authors = JoinNames(metadata, "aut");
  if (!authors.empty()) AppendParagraph(section, "author", authors, FaceFile::kRegular, coverage);
  std::string translators = JoinNames(metadata, "trl");
  if (!translators.empty()) {
    AppendParagraph(section, "translator", words.Fill("translated-by", {{"names", translators}}),
                    FaceFile::kRegular, coverage);
  }
  if (!metadata.publisher.empty()) AppendParagraph(section, "publisher", metadata.publisher, FaceFile::kRegular, coverage);
  section.append_child(pugi::node_pcdata).set_value("\n");
  body.append_child(pugi::node_pcdata).set_value("\n");
  return SerializeXml(page);
}

}  // namespace galley::epub
