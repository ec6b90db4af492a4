#include "model/reading_order.h"

namespace galley::model {

namespace {

using BlockVisitor = std::function<void(const Block&)>;

void VisitBlock(const Block& block, const BlockVisitor& visit) {
  visit(block);
  for (const Block& child : block.children) VisitBlock(child, visit);
}

void VisitSection(const Section& section, const BlockVisitor& visit) {
  if (section.has_heading) visit(section.heading);
  for (const Block& block : section.blocks) VisitBlock(block, visit);
  for (const Section& subsection : section.subsections) VisitSection(subsection, visit);
}

void VisitInlines(const std::vector<Inline>& inlines,
                  const std::function<void(const Inline&)>& visit) {
  for (const Inline& piece : inlines) {
    visit(piece);
    VisitInlines(piece.children, visit);
  }
}

}  // namespace

void ForEachBlock(const Document& document, const BlockVisitor& visit) {
  for (const Division& division : document.divisions) {
    for (const Section& section : division.sections) VisitSection(section, visit);
  }
  for (const Block& note : document.notes) VisitBlock(note, visit);
}

void ForEachInline(const Document& document, const std::function<void(const Inline&)>& visit) {
  ForEachBlock(document, [&](const Block& block) { VisitInlines(block.inlines, visit); });
}

}  // namespace galley::model
