#include "epub/ncx_document.h"

#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <utility>

#include "epub/front_pages.h"
#include "epub/package_layout.h"
#include "epub/xhtml_page.h"
#include "model/book_words.h"
#include "model/page_start.h"

namespace galley::epub {

namespace {

using Numbering = model::PageStart::Numbering;

// Z39.86 §8.4.2: "normal" pages have arabic numbers (and a numeric value), "front" pages roman
// ones; anything else is "special".
const char* PageType(Numbering numbering) {
  switch (numbering) {
    case Numbering::kArabic: return "normal";
    case Numbering::kRoman: return "front";
    case Numbering::kOther: return "special";
  }
  return "special";
}

// playOrder for each distinct href, numbered by reading order.
class PlayOrder {
 public:
  void Note(const std::string& href, int order) { targets_.emplace_back(order, href); }

  void Number() {
    std::sort(targets_.begin(), targets_.end());
    for (const auto& [order, href] : targets_) {
      if (numbers_.count(href) == 0) numbers_[href] = static_cast<int>(numbers_.size()) + 1;
    }
  }

  int Of(const std::string& href) const { return numbers_.at(href); }

 private:
  std::vector<std::pair<int, std::string>> targets_;
  std::map<std::string, int> numbers_;
};

void NoteEntries(const std::vector<TocEntry>& entries, PlayOrder* play_order) {
  for (const TocEntry& entry : entries) {
    play_order->Note(entry.href, entry.order);
    NoteEntries(entry.children, play_order);
  }
}

int Depth(const std::vector<TocEntry>& entries) {
  int depth = 0;
  for (const TocEntry& entry : entries) depth = std::max(depth, 1 + Depth(entry.children));
  return depth;
}

void AppendMeta(pugi::xml_node head, const char* name, const std::string& content) {
  pugi::xml_node meta = head.append_child("meta");
  meta.append_attribute("name") = name;
  meta.append_attribute("content") = content.c_str();
}

void AppendLabel(pugi::xml_node parent, const char* element, const std::string& text) {
  parent.append_child(element).append_child("text").append_child(pugi::node_pcdata).set_value(text.c_str());
}

void AppendNavPoints(pugi::xml_node parent, const std::vector<TocEntry>& entries,
                     const PlayOrder& play_order, int* count) {
  for (const TocEntry& entry : entries) {
    pugi::xml_node point = parent.append_child("navPoint");
    point.append_attribute("id") = ("navpoint-" + std::to_string(++*count)).c_str();
    point.append_attribute("playOrder") = play_order.Of(entry.href);
    AppendLabel(point, "navLabel", entry.label);
    point.append_child("content").append_attribute("src") = entry.href.c_str();
    AppendNavPoints(point, entry.children, play_order, count);
  }
}

void AppendPageList(pugi::xml_node ncx, const std::vector<PageTarget>& pages,
                    const PlayOrder& play_order, const std::string& heading) {
  pugi::xml_node list = ncx.append_child("pageList");
  AppendLabel(list, "navLabel", heading);
  int count = 0;
  for (const PageTarget& page : pages) {
    pugi::xml_node target = list.append_child("pageTarget");
    target.append_attribute("id") = ("pagetarget-" + std::to_string(++count)).c_str();
    target.append_attribute("type") = PageType(page.page.numbering);
    if (page.page.numbering == Numbering::kArabic) {
      target.append_attribute("value") = std::to_string(page.page.number).c_str();
    }
    target.append_attribute("playOrder") = play_order.Of(page.href);
    AppendLabel(target, "navLabel", page.page.label);
    target.append_child("content").append_attribute("src") = page.href.c_str();
  }
}

std::string MaxPageNumber(const std::vector<PageTarget>& pages) {
  long max = 0;
  for (const PageTarget& page : pages) {
    if (page.page.numbering == Numbering::kArabic) {
      max = std::max(max, static_cast<long>(page.page.number));
    }
  }
  return std::to_string(max);
}

}  // namespace

std::string NcxDocument(const model::Metadata& metadata, const std::string& identifier,
                        const std::vector<TocEntry>& toc, const std::vector<PageTarget>& pages) {
  PlayOrder play_order;
  NoteEntries(toc, &play_order);
  for (const PageTarget& page : pages) play_order.Note(page.href, page.order);
  play_order.Number();

  pugi::xml_document document;
  AppendXmlDeclaration(document);
  pugi::xml_node ncx = document.append_child("ncx");
  ncx.append_attribute("xmlns") = kNcxNamespace;
  ncx.append_attribute("version") = "2005-1";
  ncx.append_attribute("xml:lang") = metadata.language.c_str();
  pugi::xml_node head = ncx.append_child("head");
  AppendMeta(head, "dtb:uid", identifier);  // must equal the package's unique identifier
  AppendMeta(head, "dtb:depth", std::to_string(std::max(1, Depth(toc))));
  AppendMeta(head, "dtb:totalPageCount", std::to_string(pages.size()));
  AppendMeta(head, "dtb:maxPageNumber", MaxPageNumber(pages));
  AppendLabel(ncx, "docTitle", metadata.title);
  std::string authors = JoinNames(metadata, "aut");
  if (!authors.empty()) AppendLabel(ncx, "docAuthor", authors);

  int count = 0;
  AppendNavPoints(ncx.append_child("navMap"), toc, play_order, &count);
  if (!pages.empty()) {
    AppendPageList(ncx, pages, play_order, model::BookWords::For(metadata).Get("pages"));
  }
  return SerializeXml(document, /*indent=*/true);
}

}  // namespace galley::epub
