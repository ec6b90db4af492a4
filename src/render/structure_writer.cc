#include "render/structure_writer.h"

namespace galley::render {

namespace {

constexpr char kSpan[] = "Span";

}  // namespace

void StructureWriter::Begin(const TagPlan& tag, const std::string& attributes) {
  CloseSpan();
  open_.push_back(tag);
  if (tag.role == TagRole::kElement) {
    cairo_tag_begin(cr_, tag.cairo_type, attributes.empty() ? nullptr : attributes.c_str());
  }
}

void StructureWriter::End() {
  CloseSpan();
  if (open_.empty()) return;  // the plan checked the balance; nothing to close
  if (open_.back().role == TagRole::kElement) cairo_tag_end(cr_, open_.back().cairo_type);
  open_.pop_back();
}

void StructureWriter::BeforeContent() {
  if (span_open_) return;
  for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
    if (it->role == TagRole::kTransparent) continue;
    // Inside an artifact, or in an element whose own content would be left unmarked by Cairo
    // unless it is given a Span of its own.
    if (it->role == TagRole::kElement && it->has_children) {
      cairo_tag_begin(cr_, kSpan, nullptr);
      span_open_ = true;
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
