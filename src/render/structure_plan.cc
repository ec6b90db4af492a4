#include "render/structure_plan.h"

#include <string>

namespace galley::render {

namespace {

struct OpenTag {
  size_t item;
  std::string_view name;
  TagRole role;
};

// The innermost open element, skipping transparent tags and artifacts (Cairo nests a new
// element under it); nullptr at the top.
const OpenTag* InnermostElement(const std::vector<OpenTag>& open) {
  for (auto it = open.rbegin(); it != open.rend(); ++it) {
    if (it->role == TagRole::kElement) return &*it;
  }
  return nullptr;
}

bool InsideArtifact(const std::vector<OpenTag>& open) {
  for (const OpenTag& tag : open) {
    if (tag.role == TagRole::kArtifact) return true;
  }
  return false;
}

Error PageError(int page_number, const std::string& message) {
  return InternalError("page " + std::to_string(page_number) + " of the frames: " + message);
}

Result<TagPlan> PlanTag(std::string_view name, const std::vector<OpenTag>& open, int page_number) {
  TagPlan plan;
  if (InsideArtifact(open) || name == "Document") return plan;  // transparent
  if (name == "Artifact") {
    plan.role = TagRole::kArtifact;
    return plan;
  }
  plan.cairo_type = CairoStructureType(name);
  if (plan.cairo_type == nullptr) {
    return PageError(page_number,
                     "tag \"" + std::string(name) +
                         "\" is not a Tagged PDF structure type (ISO 32000-1 §14.8.4)");
  }
  plan.role = TagRole::kElement;
  if (name != plan.cairo_type) plan.pdf20_name = name;
  return plan;
}

}  // namespace

const char* CairoStructureType(std::string_view name) {
  // Cairo 1.16's list (cairo-tag-stack.c): ISO 32000-1 tables 333 to 340.
  static const char* const kStandard[] = {
      "Document", "Part",  "Art",   "Sect",      "Div",     "BlockQuote", "Caption",
      "TOC",      "TOCI",  "Index", "NonStruct", "Private", "P",          "H",
      "H1",       "H2",    "H3",    "H4",        "H5",      "H6",         "L",
      "LI",       "Lbl",   "LBody", "Table",     "TR",      "TH",         "TD",
      "THead",    "TBody", "TFoot", "Span",      "Quote",   "Note",       "Reference",
      "BibEntry", "Code",  "Link",  "Annot",     "Ruby",    "Warichu",    "RB",
      "RT",       "RP",    "WT",    "WP",        "Figure",  "Formula",    "Form"};
  for (const char* type : kStandard) {
    if (name == type) return type;
  }
  // PDF 2.0 types (ISO 32000-2 §14.8.4) a layout might use, as their PDF 1.7 neighbours.
  static const struct {
    const char* name;
    const char* type;
  } kPdf20[] = {{"Title", "H"},     {"Aside", "Div"}, {"FENote", "Note"},         {"Em", "Span"},
                {"Strong", "Span"}, {"Sub", "Span"},  {"DocumentFragment", "Div"}};
  for (const auto& mapping : kPdf20) {
    if (name == mapping.name) return mapping.type;
  }
  return nullptr;
}

Result<PageStructurePlan> PlanPageStructure(const frames::PageFrame& page, int page_number) {
  PageStructurePlan plan;
  plan.tags.resize(page.items.size());
  plan.link_in_element.resize(page.items.size(), false);
  std::vector<OpenTag> open;

  // A new element or artifact makes its enclosing element one "with children".
  auto mark_parent = [&plan, &open]() {
    if (const OpenTag* parent = InnermostElement(open)) plan.tags[parent->item].has_children = true;
  };

  for (size_t i = 0; i < page.items.size(); ++i) {
    const frames::FrameItem& item = page.items[i];
    if (item.kind == frames::FrameItem::Kind::kTagBegin) {
      Result<TagPlan> tag = PlanTag(item.tag_begin.name, open, page_number);
      if (!tag.ok()) return tag.take_error();
      if (tag->role != TagRole::kTransparent) mark_parent();
      plan.tags[i] = *tag;
      open.push_back({i, item.tag_begin.name, tag->role});
    } else if (item.kind == frames::FrameItem::Kind::kTagEnd) {
      if (open.empty() || open.back().name != item.tag_end.name) {
        // append(), not `"\"" + name`: GCC 12 warns falsely (-Wrestrict) on the latter.
        std::string message = "tag end \"" + item.tag_end.name + "\" where ";
        if (open.empty()) {
          message.append("no open tag");
        } else {
          message.append("\"").append(open.back().name).append("\"");
        }
        return PageError(page_number, message.append(" is to be closed"));
      }
      const TagPlan& begin = plan.tags[open.back().item];
      if (begin.role == TagRole::kElement && open.back().name == "Link" && begin.link_item < 0) {
        return PageError(page_number, "a Link tag holds no LinkItem to take its target from");
      }
      open.pop_back();
    } else if (item.kind == frames::FrameItem::Kind::kText && !InsideArtifact(open)) {
      // A passage in another language is a Span of its own (to carry /Lang), so the element
      // around it has children.
      for (const frames::GlyphRunItem& run : item.text.runs) {
        if (!run.style.language.empty()) {
          mark_parent();
          break;
        }
      }
    } else if (item.kind == frames::FrameItem::Kind::kLink) {
      const OpenTag* element = InsideArtifact(open) ? nullptr : InnermostElement(open);
      if (element != nullptr && element->name == "Link" && plan.tags[element->item].link_item < 0) {
        plan.tags[element->item].link_item = static_cast<int>(i);
        plan.link_in_element[i] = true;
      } else {
        mark_parent();  // a standalone link is a Link element of its own
      }
    }
  }
  if (!open.empty()) {
    return PageError(page_number, "tag \"" + std::string(open.back().name) +
                                      "\" is still open at the end of the page "
                                      "(tags balance within a page: frames/page_frame.h)");
  }
  return plan;
}

}  // namespace galley::render
