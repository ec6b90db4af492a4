#include "render/structure_writer.h"

namespace galley::render {

namespace {

constexpr char kSpan[] = "Span";
constexpr char kTitleNeighbour[] = "H";  // what Cairo is given for "Title" (structure_plan.h)

}  // namespace

void StructureWriter::Begin(const TagPlan& tag, const std::string& attributes) {
  CloseSpan();
  open_.push_back(tag);
  if (tag.role == TagRole::kElement) {
    cairo_tag_begin(cr_, tag.cairo_type, attributes.empty() ? nullptr : attributes.c_str());
    if (std::string_view(tag.cairo_type) == kTitleNeighbour) {
      titles_->push_back(tag.pdf20_name == "Title");
    }
  }
}

void StructureWriter::End() {
  CloseSpan();
  if (open_.empty()) return;  // the plan checked the balance; nothing to close
  if (open_.back().role == TagRole::kElement) cairo_tag_end(cr_, open_.back().cairo_type);
  open_.pop_back();
}

void StructureWriter::BeforeContent(std::string_view language) {
  if (span_open_ && span_language_ == language) return;
  CloseSpan();
  for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
    if (it->role == TagRole::kTransparent) continue;
    // Inside an artifact, or in an element whose own content would be left unmarked by Cairo
    // unless it is given a Span of its own. (The plan gives an element holding a passage in
    // another language children, so the passage's Span can carry /Lang.)
    if (it->role == TagRole::kElement && it->has_children) {
      cairo_tag_begin(cr_, kSpan, nullptr);
      span_open_ = true;
      span_language_ = std::string(language);
      span_languages_->push_back(span_language_);
    }
    return;
  }
  // Outside every element: unmarked content, like an artifact.
}

void StructureWriter::BeforeStandaloneLink() { CloseSpan(); }

void StructureWriter::FinishPage() { CloseSpan(); }

void StructureWriter::CloseSpan() {
  if (!span_open_) return;
  cairo_tag_end(cr_, kSpan);
  span_open_ = false;
}

}  // namespace galley::render
