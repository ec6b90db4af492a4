// Walks the document tree in reading order, for stages and tests that need every block or
// inline regardless of the division and section nesting (e.g. all page markers).
#pragma once

#include <functional>

#include "model/document.h"

namespace galley::model {

// Every block in reading order: each division's sections (a section's heading, then its
// blocks, then its subsections), a block before its children (quotes, lists, items); then the
// notes.
void ForEachBlock(const Document& document, const std::function<void(const Block&)>& visit);

// Every inline of every block, in the same order, a container before its children.
void ForEachInline(const Document& document, const std::function<void(const Inline&)>& visit);

}  // namespace galley::model
